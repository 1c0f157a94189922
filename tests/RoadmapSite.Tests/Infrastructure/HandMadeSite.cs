namespace RoadmapSite.Tests.Infrastructure;

/// <summary>
/// A small site written by hand under tests/fixtures/site: stable pages, feeds, data files and a
/// redirect stub that tests of the serving and browsing machinery can rely on whatever the real
/// content says.
/// </summary>
public static class HandMadeSite
{
    public static string Folder => RepoRoot.Combine("tests", "fixtures", "site");
}
