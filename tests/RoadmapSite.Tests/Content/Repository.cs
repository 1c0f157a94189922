namespace RoadmapSite.Tests.Content;

/// <summary>Paths in the repository, found from the test binary so tests run from any directory.</summary>
public static class Repository
{
    public static readonly string Root = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "RoadmapSite.sln"))) return dir.FullName;
        throw new InvalidOperationException("RoadmapSite.sln not found above " + AppContext.BaseDirectory);
    }
}
