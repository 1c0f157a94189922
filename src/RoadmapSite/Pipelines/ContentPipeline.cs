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
        var routes = ContentRoutes.For(handbook, assets).ToList();
        // One renderer per worker: a renderer's dispatcher serialises its own work.
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, routes.Count / 16));
        var files = new OutputFile[routes.Count];
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            using var renderer = new PageRenderer();
            for (var i = worker; i < routes.Count; i += workers)
            {
                var route = routes[i];
                var html = renderer.RenderAsync(route.Component, route.Parameters).GetAwaiter().GetResult();
                files[i] = OutputFile.Text(route.FilePath, html);
            }
        });
        return files;
    }
}
