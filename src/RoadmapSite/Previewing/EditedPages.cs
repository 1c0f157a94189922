using RoadmapSite.Building;
using RoadmapSite.Content.Loading;
using RoadmapSite.Content.Model;
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

    /// <summary>
    /// The edited records' pages, or none when the content has errors or the edit is no record's.
    /// When the files the watcher saw are records the last build read, and that build succeeded,
    /// only they are read again (<see cref="HandbookLoader.LoadEdited"/>): at 10,000 measures
    /// scanning the folder and running the rules across records would take most of a second.
    /// </summary>
    /// <param name="changed">The paths the file watcher reported since the last build.</param>
    /// <param name="last">The last successful build's handbook, whose dates the edited pages keep.</param>
    public static IReadOnlyList<OutputFile> Render(string inputDirectory, BuildOptions options, IReadOnlyCollection<string> changed, Handbook? last)
    {
        var cache = options.Cache ?? throw new ArgumentException("the edited files are known only with a load cache", nameof(options));
        if (last is not null && changed.Count is > 0 and <= AtMost * 4
            && HandbookLoader.LoadEdited(inputDirectory, Environment.CurrentDirectory, cache, changed) is { } edited)
        {
            try
            {
                return Render(edited.Handbook.WithHistory(last.History, last.Repository), edited.Files, options);
            }
            catch (Exception)
            {
                // The rules across records have not run, so the edit may name a record that does
                // not exist, or take another's id. The full build that follows reports it where it
                // is, and a bug in the theme as an internal error.
                return [];
            }
        }

        var (_, handbook) = SiteBuilder.Load(inputDirectory, options, new BuildTimings());
        return handbook is null ? [] : Render(handbook, cache.ReadLastTime, options);
    }

    private static IReadOnlyList<OutputFile> Render(Handbook handbook, IReadOnlySet<string> edited, BuildOptions options)
    {
        if (edited.Count is 0 or > AtMost) return [];
        var (_, assets) = AssetsPipeline.Run(options.ThemeAssetsFolder);
        return ContentRoutes.RecordPages(handbook, assets)
            .Where(route => route.Record is { } record && edited.Contains(record.File))
            .AsParallel()
            .Select(ContentPipeline.Page)
            .ToList();
    }
}
