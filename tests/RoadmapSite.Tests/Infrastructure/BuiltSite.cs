using RoadmapSite.Building;

namespace RoadmapSite.Tests.Infrastructure;

/// <summary>The real handbook, built once per test run into a temporary folder.</summary>
public sealed class BuiltSite : IDisposable
{
    private static readonly Lazy<BuiltSite> SharedSite = new(() =>
    {
        var site = new BuiltSite();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => site.Dispose();
        return site;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    public string Output { get; }
    public BuildResult Result { get; }

    public BuiltSite()
    {
        Output = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"roadmapsite-tests-{Guid.NewGuid():N}", "output");
        Result = SiteBuilder.Build(RepoRoot.Combine("input"), Output);
        if (!Result.Succeeded)
            throw new InvalidOperationException("The real handbook did not build:\n" +
                string.Join('\n', Result.Diagnostics.Select(d => d.ToString()).Concat(Result.BrokenLinks)));
    }

    /// <summary>
    /// One build shared across test collections (browser, validity), which xunit 2 cannot share a
    /// collection fixture between; it is removed when the test process ends.
    /// </summary>
    public static BuiltSite Shared => SharedSite.Value;

    public string File(string sitePath) =>
        System.IO.Path.Combine(Output, sitePath.TrimStart('/') + (sitePath.EndsWith('/') ? "index.html" : ""));

    public IEnumerable<string> HtmlFiles() =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public void Dispose()
    {
        var root = Directory.GetParent(Output)!.FullName;
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class BuiltSiteCollection : ICollectionFixture<BuiltSite>
{
    public const string Name = "Built site";
}
