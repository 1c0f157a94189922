using RoadmapSite.Building;
using RoadmapSite.Content.Model;
using RoadmapSite.Theme.Layout;

namespace RoadmapSite.Pipelines;

/// <summary>
/// A pipeline is named after what it outputs (Content, Assets, Data, Sitemap, Feeds) and makes
/// those files from the checked handbook. Pipelines are independent of each other. A pipeline hands
/// out its files as a parallel query, so the build checks and writes each file on the thread that
/// made it, as soon as it is made, and never holds them all.
/// </summary>
public interface IPipeline
{
    string Name { get; }
    ParallelQuery<OutputFile> Run(Handbook handbook, ThemeAssets assets);
}
