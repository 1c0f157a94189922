namespace RoadmapSite.Tests.Infrastructure;

/// <summary>
/// A built site folder that tests read, serve and browse. <see cref="Shared"/> is made once per
/// test run and shared by every test collection, because building and validating twice would
/// double the run's time on a two-core machine.
/// </summary>
public sealed class BuiltSite
{
    private static readonly Lazy<BuiltSite> SharedSite = new(() => new BuiltSite(HandMade), LazyThreadSafetyMode.ExecutionAndPublication);

    public BuiltSite(string folder)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"Built site folder {folder} does not exist.");
        Folder = System.IO.Path.GetFullPath(folder);
    }

    /// <summary>
    /// A small site written by hand under tests/fixtures/site, valid and accessible, that proves the
    /// harness itself: each check must pass on it, and its pages exercise folder URLs, a redirect
    /// stub, both languages, feeds and a sitemap.
    /// </summary>
    public static string HandMade => RepoRoot.Combine("tests", "fixtures", "site");

    /// <summary>The site every browser and validity test checks.</summary>
    public static BuiltSite Shared => SharedSite.Value;

    public string Folder { get; }

    public string PathOf(string relative) => System.IO.Path.Combine(Folder, relative);
}
