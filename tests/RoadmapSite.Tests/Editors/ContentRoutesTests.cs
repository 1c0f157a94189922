using RoadmapSite.Building;
using RoadmapSite.Pipelines;
using RoadmapSite.Tests.Infrastructure;

namespace RoadmapSite.Tests.Editors;

/// <summary>The preview asks for the routes of the few pages that show an edit: it must get exactly those.</summary>
public sealed class ContentRoutesTests
{
    [Fact]
    public void The_routes_to_some_site_paths_are_those_of_all_routes_with_these_paths()
    {
        var handbook = RealHandbook.Value;
        var (_, assets) = AssetsPipeline.Run(BuildOptions.Default);
        var all = ContentRoutes.For(handbook, assets).Select(route => route.SitePath).ToList();
        // Every kind of page is among them: records' pages, lists, filters, the root.
        var wanted = all.Where((_, i) => i % 3 == 0).Append("/en/no-such-page/").ToHashSet(StringComparer.Ordinal);

        var some = ContentRoutes.For(handbook, assets, null, wanted).Select(route => route.SitePath).ToList();

        Assert.Equal(all.Where(wanted.Contains), some);
        Assert.Contains(some, path => path.StartsWith("/en/measures/", StringComparison.Ordinal) && path.Count(c => c == '/') == 4);
        Assert.Contains(some, path => path.StartsWith("/ja/issues/", StringComparison.Ordinal));
    }
}
