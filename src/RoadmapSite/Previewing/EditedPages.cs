using RoadmapSite.Building;
using RoadmapSite.Content.Loading;
using RoadmapSite.Content.Model;
using RoadmapSite.Pipelines;
using RoadmapSite.Rendering;
using RoadmapSite.Theme.Layout;

namespace RoadmapSite.Previewing;

/// <summary>
/// The preview's first answer to an edit: the pages of the records whose files changed, rendered
/// before anything else so the page an editor is looking at shows the change, then the pages that
/// show those records (lists, the handbook), while the rest of the site is rebuilt behind them.
/// </summary>
public sealed class EditedPages
{
    /// <summary>More files than this changed at once (a checkout, a search and replace): build everything instead.</summary>
    private const int AtMost = 20;

    private readonly Handbook _handbook;
    private readonly ThemeAssets _assets;
    private readonly IFragmentCache? _fragments;
    private readonly bool _japaneseChanged;

    private EditedPages(Handbook handbook, ThemeAssets assets, IFragmentCache? fragments, bool japaneseChanged, IReadOnlyList<OutputFile> own)
    {
        _handbook = handbook;
        _assets = assets;
        _fragments = fragments;
        _japaneseChanged = japaneseChanged;
        Own = own;
    }

    /// <summary>The edited records' own pages.</summary>
    public IReadOnlyList<OutputFile> Own { get; }

    /// <summary>
    /// Renders the edited records' pages; null when the content has errors or the edit is no record's.
    /// When the files the watcher saw are records the last build read, and that build succeeded,
    /// only they are read again (<see cref="HandbookLoader.LoadEdited"/>): at 10,000 measures
    /// scanning the folder and running the rules across records would take most of a second. The
    /// rules across records have not run then, so the caller must expect an edit that names a
    /// missing record to fail here, and leave it to the full build to report.
    /// </summary>
    /// <param name="changed">The paths the file watcher reported since the last build.</param>
    /// <param name="last">
    /// The last successful build's handbook, whose dates the edited pages keep, and in which the
    /// edited records take the places of their old ones.
    /// </param>
    public static EditedPages? Render(string inputDirectory, BuildOptions options, IReadOnlyCollection<string> changed, Handbook? last)
    {
        var cache = options.Cache ?? throw new ArgumentException("the edited files are known only with a load cache", nameof(options));
        // An editor's save may add a temporary file or two to each file it writes.
        var (handbook, edited) = last is not null && changed.Count is > 0 and <= AtMost * 4
            && HandbookLoader.LoadEdited(inputDirectory, Environment.CurrentDirectory, cache, changed, last) is { } quick
            ? (quick.Handbook.WithHistory(last.History, last.Repository), quick.Files)
            : (SiteBuilder.Load(inputDirectory, options, new BuildTimings()).Handbook, cache.ReadLastTime);
        if (handbook is null || edited.Count is 0 or > AtMost) return null;

        var (_, assets) = AssetsPipeline.Run(options);
        var fragments = options.Fragments?.For(handbook);
        var records = handbook.Records.Where(record => edited.Contains(record.File)).ToList();
        var own = ContentRoutes.PagesOf(records, handbook, assets, fragments)
            .AsParallel()
            .Select(ContentPipeline.Page)
            .ToList();
        var before = last?.Records.Where(record => edited.Contains(record.File)).ToDictionary(record => record.File);
        var japaneseChanged = before is null || records.Count != edited.Count
            || records.Any(record => !before.TryGetValue(record.File, out var was) || !JapaneseView.Same(was, record));
        return new EditedPages(handbook, assets, fragments, japaneseChanged, own);
    }

    /// <summary>
    /// The pages that link to the edited records' pages in the last build, to render again: those
    /// that show something of the records, such as the lists they are in and the handbook. Smaller
    /// pages come first, so the lists are written before the whole handbook, except the largest,
    /// which comes before them all: it takes longest, and a thread that starts it while the others
    /// write the rest ends with them, where one that started it last would end long after. When the
    /// edit changed only English texts, the Japanese pages are left to the whole build, which finds
    /// them unchanged.
    /// </summary>
    public List<PageRoute> Showing(LinkChecker lastLinks)
    {
        var own = Own.Select(f => f.SitePath).ToHashSet(StringComparer.Ordinal);
        var linking = lastLinks.PagesLinkingTo(own)
            .Select(OutputFile.SitePathOf)
            .Where(path => !own.Contains(path))
            .Where(path => _japaneseChanged || !path.StartsWith($"/{Language.Ja.Code()}/", StringComparison.Ordinal))
            .ToList();
        var routes = ContentRoutes.For(_handbook, _assets, _fragments, linking.ToHashSet(StringComparer.Ordinal))
            .ToDictionary(route => route.SitePath, StringComparer.Ordinal);
        var showing = linking.Where(routes.ContainsKey).Select(path => routes[path]).ToList();
        return showing.Count < 2 ? showing : [showing[^1], .. showing[..^1]];
    }
}
