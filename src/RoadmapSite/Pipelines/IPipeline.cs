using RoadmapSite.Building;
using RoadmapSite.Content.Model;
using RoadmapSite.Theme.Layout;

namespace RoadmapSite.Pipelines;

/// <summary>
/// A pipeline is named after what it outputs (Content, Assets, Data, Sitemap, Feeds) and makes
/// those files from the checked handbook. Pipelines are independent of each other.
/// </summary>
public interface IPipeline
{
    string Name { get; }
    IEnumerable<OutputFile> Run(Handbook handbook, ThemeAssets assets);
}
