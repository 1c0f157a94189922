using RoadmapSite.Building;
using RoadmapSite.Pipelines;

namespace RoadmapSite.Previewing;

/// <summary>
/// The preview's first answer to an edit: the pages of the records whose files changed, rendered
/// before anything else, so the page an editor is looking at shows the change while the rest of
/// the site (lists, the handbook, search, feeds) is rebuilt behind it.
/// </summary>
public static class EditedPages
{
    /// <summary>More files than this changed at once (a checkout, a search and replace): build everything instead.</summary>
    private const int AtMost = 20;

    /// <summary>The edited records' pages, or none when the content has errors or the edit is no record's.</summary>
    public static IReadOnlyList<OutputFile> Render(string inputDirectory, BuildOptions options)
    {
        var cache = options.Cache ?? throw new ArgumentException("the edited files are known only with a load cache", nameof(options));
        var (_, handbook) = SiteBuilder.Load(inputDirectory, options, new BuildTimings());
        var edited = cache.ReadLastTime;
        if (handbook is null || edited.Count is 0 or > AtMost) return [];
        var (_, assets) = AssetsPipeline.Run(options.ThemeAssetsFolder);
        return ContentRoutes.RecordPages(handbook, assets)
            .Where(route => route.Record is { } record && edited.Contains(record.File))
            .AsParallel()
            .Select(ContentPipeline.Page)
            .ToList();
    }
}
