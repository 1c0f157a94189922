using RoadmapSite.Building;
using RoadmapSite.Tests.Content;
using RoadmapSite.Tests.Infrastructure;

namespace RoadmapSite.Tests.Safety;

/// <summary>
/// Bad input, nothing lost: for every malformed input the build refuses, names the file and line,
/// and the output of the previous good build stays byte for byte as it was.
/// </summary>
public sealed class BadInputBuildTests
{
    // Cases that are not errors: a BOM is fine, a long summary is only a warning.
    private static readonly HashSet<string> Acceptable = ["bom-is-fine", "long-summary"];

    public static TheoryData<string> Cases()
    {
        var cases = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(RepoRoot.Combine("tests/fixtures/bad-input")).Order(StringComparer.Ordinal))
            if (!Acceptable.Contains(Path.GetFileName(dir))) cases.Add(Path.GetFileName(dir));
        return cases;
    }

    [Fact]
    public void There_are_at_least_thirty_kinds_of_bad_input() => Assert.True(Cases().Count + 1 >= 30, $"only {Cases().Count} bad-input cases (plus the symlink)");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_refuses_and_leaves_the_previous_output_untouched(string badInputCase)
    {
        using var good = new FixtureInput();
        var output = Path.Combine(good.Root, "output");
        Assert.True(SiteBuilder.Build(good.Input, output).Succeeded);
        var before = OutputSnapshot.Of(output);

        using var bad = new FixtureInput(badInputCase);
        var result = SiteBuilder.Build(bad.Input, output);

        Assert.True(result.ContentErrors, $"{badInputCase}: the build did not refuse");
        // What the editor reads: path:line:column: error: message, the path inside input/.
        Assert.All(result.Diagnostics.Where(d => d.Severity == RoadmapSite.Content.Checking.Severity.Error), d =>
            Assert.Matches(@"input/[^:]+:\d+:\d+: error: \S", d.ToString().Replace('\\', '/')));
        Assert.Equal(before, OutputSnapshot.Of(output));
    }

    [Fact]
    public void A_symlink_pointing_outside_input_is_refused()
    {
        using var bad = new FixtureInput();
        var outside = Path.Combine(bad.Root, "outside.yml");
        File.Copy(bad.PathOf("terms/mps.yml"), outside);
        File.CreateSymbolicLink(bad.PathOf("terms/linked.yml"), outside);
        var output = Path.Combine(bad.Root, "output");

        var result = SiteBuilder.Build(bad.Input, output);

        Assert.True(result.ContentErrors);
        Assert.Contains(result.Diagnostics, d => d.File.EndsWith("terms/linked.yml", StringComparison.Ordinal));
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void The_command_exits_1_and_names_file_and_line()
    {
        using var bad = new FixtureInput("unknown-field");
        var (exit, _, stderr) = CommandLineRun.Of(bad.Root, "build", "--input", "input", "--output", "output");

        Assert.Equal(1, exit);
        Assert.Contains("input/measures/ips-organ-targets.yml:9:5: error: unknown field 'ministy' (did you mean 'ministries'?)", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(Directory.Exists(Path.Combine(bad.Root, "output")));
    }

    [Fact]
    public void Check_prints_pull_request_annotations_on_standard_output()
    {
        using var bad = new FixtureInput("unknown-field");
        var (exit, stdout, _) = CommandLineRun.Of(bad.Root, "check", "--format", "github");

        Assert.Equal(1, exit);
        Assert.Contains("::error file=input/measures/ips-organ-targets.yml,line=9,col=5::unknown field 'ministy' (did you mean 'ministries'?)", stdout);
    }
}
