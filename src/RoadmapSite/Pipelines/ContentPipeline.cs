using RoadmapSite.Building;
using RoadmapSite.Content.Model;
using RoadmapSite.Rendering;
using RoadmapSite.Theme.Layout;

namespace RoadmapSite.Pipelines;

/// <summary>Content: every HTML page, rendered from the theme's Razor components.</summary>
/// <param name="fragments">Fragments of pages to reuse from the last build (the live preview's); none to render them all.</param>
public sealed class ContentPipeline(FragmentCache? fragments = null) : IPipeline
{
    public string Name => "Content";

    public ParallelQuery<OutputFile> Run(Handbook handbook, ThemeAssets assets) =>
        ContentRoutes.For(handbook, assets, fragments?.For(handbook)).AsParallel().Select(Page);

    public static OutputFile Page(PageRoute route) =>
        OutputFile.Written(route.FilePath, stream => PageRenderer.Render(route.Component, route.Parameters, stream));
}
