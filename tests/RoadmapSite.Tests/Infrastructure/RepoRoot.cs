namespace RoadmapSite.Tests.Infrastructure;

/// <summary>
/// The repository's root folder (the one holding RoadmapSite.sln), found by walking up from the
/// test binaries, so tests find input/, fixtures and node_modules wherever the clone lives.
/// </summary>
public static class RepoRoot
{
    private static readonly Lazy<string> Located = new(Locate);

    public static string Path => Located.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Locate()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "RoadmapSite.sln")))
                return folder.FullName;
        }
        throw new InvalidOperationException($"No RoadmapSite.sln above {AppContext.BaseDirectory}: tests must run from inside the repository.");
    }
}
