using RoadmapSite.Building;
using RoadmapSite.Output;
using RoadmapSite.Tests.Infrastructure;

namespace RoadmapSite.Tests.Site;

public sealed class BuildOutputTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"roadmapsite-build-{Guid.NewGuid():N}");

    [Fact]
    public void Building_twice_gives_identical_bytes()
    {
        var first = SiteBuilder.Build(RepoRoot.Combine("input"), Path.Combine(_root, "a"));
        var second = SiteBuilder.Build(RepoRoot.Combine("input"), Path.Combine(_root, "b"));
        Assert.True(first.Succeeded && second.Succeeded);
        Assert.Equal(OutputSnapshot.Of(Path.Combine(_root, "a")), OutputSnapshot.Of(Path.Combine(_root, "b")));
    }

    [Fact]
    public void A_write_that_fails_midway_leaves_the_previous_output_untouched()
    {
        var output = Path.Combine(_root, "out");
        Assert.True(SiteBuilder.Build(RepoRoot.Combine("input"), output).Succeeded);
        var before = OutputSnapshot.Of(output);

        // The second file cannot be written (its parent path is a file), so the write fails midway.
        Assert.ThrowsAny<Exception>(() =>
        {
            using var staging = new StagingFolder(output);
            staging.Add(OutputFile.Text("a.html", "new"));
            staging.Add(OutputFile.Text("a.html/b.html", "x"));
            staging.Commit();
        });

        Assert.Equal(before, OutputSnapshot.Of(output));
        Assert.Equal(["out"], Directory.EnumerateDirectories(_root).Select(Path.GetFileName));
    }

    [Fact]
    public void Data_files_hold_every_measure_and_the_csv_starts_with_a_bom()
    {
        var output = Path.Combine(_root, "data");
        var result = SiteBuilder.Build(RepoRoot.Combine("input"), output);
        var csv = File.ReadAllBytes(Path.Combine(output, "data", "measures.csv"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "data", "measures.json")));
        var measures = json.RootElement.GetProperty("measures");
        Assert.Equal(16, measures.GetArrayLength());
        Assert.All(measures.EnumerateArray(), m => Assert.StartsWith("https://", m.GetProperty("permalinks").GetProperty("en").GetString()));
        Assert.True(result.Succeeded);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
