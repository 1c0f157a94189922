namespace RoadmapSite.Tests.Infrastructure;

/// <summary>The repository's top folder, found from the test assembly's location.</summary>
public static class RepoRoot
{
    public static readonly string Path = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "RoadmapSite.sln"))) return dir.FullName;
        throw new InvalidOperationException("RoadmapSite.sln not found above the test assembly");
    }
}
