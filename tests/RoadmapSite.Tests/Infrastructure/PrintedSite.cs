using RoadmapSite.Printing;
using RoadmapSite.Tests.Browser;

namespace RoadmapSite.Tests.Infrastructure;

/// <summary>
/// The real handbook built twice by the command line with <c>--pdf always</c>, printing with
/// Debian's Chromium: the only builds of the test run that print, as printing takes seconds.
/// </summary>
public sealed class PrintedSite : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"roadmapsite-pdf-tests-{Guid.NewGuid():N}");

    public string Output => Path.Combine(_root, "a");
    public string SecondOutput => Path.Combine(_root, "b");
    public CommandLineRun First { get; }
    public CommandLineRun Second { get; }

    public PrintedSite()
    {
        if (!System.IO.File.Exists(Chromium.ExecutablePath))
            throw new FileNotFoundException(
                $"Chromium is missing at {Chromium.ExecutablePath}: install it with `apt-get install -y chromium` " +
                "(.ci/run does). The PDF tests never skip.", Chromium.ExecutablePath);
        var environment = new Dictionary<string, string?> { [ChromiumPrinter.EnvironmentVariable] = Chromium.ExecutablePath };
        First = CommandLineRun.Of(RepoRoot.Path, environment, "build", "--pdf", "always", "--output", Output);
        Second = CommandLineRun.Of(RepoRoot.Path, environment, "build", "--pdf", "always", "--output", SecondOutput);
    }

    public string File(string sitePath) =>
        System.IO.Path.Combine(Output, sitePath.TrimStart('/') + (sitePath.EndsWith('/') ? "index.html" : ""));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
