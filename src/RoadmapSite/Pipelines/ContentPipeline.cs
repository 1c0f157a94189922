using RoadmapSite.Building;
using RoadmapSite.Content.Model;
using RoadmapSite.Rendering;
using RoadmapSite.Theme.Layout;

namespace RoadmapSite.Pipelines;

/// <summary>Content: every HTML page, rendered from the theme's Razor components.</summary>
public sealed class ContentPipeline : IPipeline
{
    public string Name => "Content";

    public IEnumerable<OutputFile> Run(Handbook handbook, ThemeAssets assets)
    {
        // Pages render on every core and are handed on as each is done, unordered and unbuffered,
        // so only the pages in flight are in memory.
        return ContentRoutes.For(handbook, assets)
            .AsParallel()
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(route => OutputFile.Text(route.FilePath, PageRenderer.RenderAsync(route.Component, route.Parameters).GetAwaiter().GetResult()));
    }
}
