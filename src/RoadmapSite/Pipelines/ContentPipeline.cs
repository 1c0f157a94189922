using RoadmapSite.Building;
using RoadmapSite.Content.Model;
using RoadmapSite.Rendering;
using RoadmapSite.Theme.Layout;

namespace RoadmapSite.Pipelines;

/// <summary>Content: every HTML page, rendered from the theme's Razor components.</summary>
public sealed class ContentPipeline : IPipeline
{
    public string Name => "Content";

    public ParallelQuery<OutputFile> Run(Handbook handbook, ThemeAssets assets) =>
        ContentRoutes.For(handbook, assets).AsParallel().Select(Page);

    public static OutputFile Page(PageRoute route) =>
        OutputFile.Written(route.FilePath, stream => PageRenderer.Render(route.Component, route.Parameters, stream));
}
