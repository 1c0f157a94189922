
namespace RoadmapSite.Tests.Validity;

/// <summary>
/// Proves the checker really checks: a green validity run is worth nothing if the checker can
/// silently skip the folder, so it must find the mistakes in a deliberately broken page.
/// </summary>
public sealed class NuHtmlCheckerTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("roadmapsite-vnu-").FullName;

    [Fact]
    public async Task FindsErrorsAndWarningsInABrokenPageWithFileAndLine()
    {
        Directory.CreateDirectory(Path.Combine(folder, "en"));
        File.WriteAllText(Path.Combine(folder, "en", "index.html"),
            "<!DOCTYPE html>\n<html>\n<head><title>broken</title></head>\n<body>\n<img src=\"a.png\">\n</body>\n</html>\n");

        var messages = await NuHtmlChecker.CheckFolderAsync(folder);

        var error = Assert.Single(messages, m => m.IsError);
        Assert.StartsWith("en/index.html:5:", error.Describe(folder));
        Assert.Contains(messages, m => m.IsWarning && m.Message.Contains("lang"));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
