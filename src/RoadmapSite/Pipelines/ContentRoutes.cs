using RoadmapSite.Content.Model;
using RoadmapSite.Content.Publishing;
using RoadmapSite.Rendering;
using RoadmapSite.Theme.Layout;
using RoadmapSite.Theme.Lists;
using RoadmapSite.Theme.Pages;

namespace RoadmapSite.Pipelines;

/// <summary>Every HTML page of the site, in both languages, and the component that renders it.</summary>
public static class ContentRoutes
{
    /// <param name="fragments">Fragments to reuse; none to render every one in place.</param>
    public static IEnumerable<PageRoute> For(Handbook handbook, ThemeAssets assets, IFragmentCache? fragments = null) =>
        All(new Routes(handbook, assets, fragments, static _ => true, null));

    /// <summary>
    /// The routes to these site paths alone: the others are passed over before anything of theirs is
    /// made, since the preview asks for a few dozen of a large site's 42,000 after an edit.
    /// </summary>
    public static IEnumerable<PageRoute> For(Handbook handbook, ThemeAssets assets, IFragmentCache? fragments, IReadOnlySet<string> sitePaths) =>
        All(new Routes(handbook, assets, fragments, sitePaths.Contains, sitePaths.Select(LastSegment).ToHashSet(StringComparer.Ordinal)));

    /// <summary><c>mext</c> of <c>/ja/ministries/mext/</c>: a record's page ends with its id.</summary>
    private static string LastSegment(string sitePath) => sitePath.TrimEnd('/') is var path ? path[(path.LastIndexOf('/') + 1)..] : sitePath;

    /// <summary>
    /// The pages of these records alone (items, issues, measures, ministries and programmes have one
    /// in each language), without listing the site's other pages: the preview's first answer to an edit.
    /// </summary>
    public static IEnumerable<PageRoute> PagesOf(IEnumerable<Record> records, Handbook handbook, ThemeAssets assets, IFragmentCache? fragments = null)
    {
        var routes = new Routes(handbook, assets, fragments, static _ => true, null);
        return LanguageCodes.All.SelectMany(language => records.Select(record => routes.PageOf(record, language)).OfType<PageRoute>());
    }

    private static IEnumerable<PageRoute> All(Routes routes)
    {
        var handbook = routes.Handbook;
        var site = new Dictionary<string, object?> { ["Handbook"] = handbook, ["ThemeAssets"] = routes.Assets };
        if (routes.Wanted("/")) yield return new("/", typeof(RootPage), site);
        if (routes.Wanted("/404.html")) yield return new("/404.html", typeof(NotFoundPage), site);

        foreach (var language in LanguageCodes.All)
        {
            var pages = new[] { routes.Page<HomePage>(language, Permalinks.Home(language)) }
                .Concat(Sections.Select(section => routes.Page(section.Value, language, Permalinks.Section(language, section.Key))))
                .Concat(MeasureFacet.All.Select(facet => routes.Page<MeasureFacetPage>(language, facet.Path(language), "Facet", facet)))
                .Concat(MeasureFilter.All(handbook).Select(filter => routes.Page<MeasuresPage>(language, filter.Path(language), "Filter", filter)))
                .Concat(new IEnumerable<Record>[] { handbook.Items, handbook.Issues, handbook.Measures, handbook.Ministries, handbook.Programmes }
                    .SelectMany(records => records)
                    .Where(record => routes.Ids?.Contains(record.Id) ?? true)
                    .Select(record => routes.PageOf(record, language)));
            foreach (var page in pages.OfType<PageRoute>())
                yield return page;
        }
    }

    /// <summary>Makes the routes of one handbook, each only if its site path is wanted.</summary>
    /// <param name="Ids">
    /// The last segments of the wanted paths, when only some are: the records whose pages can be
    /// among them, found without making the paths of 40,000 others (20 ms at 10,000 measures).
    /// </param>
    private sealed record Routes(Handbook Handbook, ThemeAssets Assets, IFragmentCache? Fragments, Func<string, bool> Wanted, IReadOnlySet<string>? Ids)
    {
        /// <summary>The record's own page; none for records shown only on others' pages (terms, sources …).</summary>
        public PageRoute? PageOf(Record record, Language language) => record switch
        {
            Item x => Page<ItemPage>(language, Permalinks.Of(language, x), "Item", x),
            Issue x => Page<IssuePage>(language, Permalinks.Of(language, x), "Issue", x),
            Measure x => Page<MeasurePage>(language, Permalinks.Of(language, x), "Measure", x),
            Ministry x => Page<MinistryPage>(language, Permalinks.Of(language, x), "Ministry", x),
            Programme x => Page<ProgrammePage>(language, Permalinks.Of(language, x), "Programme", x),
            _ => null,
        };

        public PageRoute? Page<TComponent>(Language language, string path, string? name = null, object? record = null) =>
            Page(typeof(TComponent), language, path, name, record);

        public PageRoute? Page(Type component, Language language, string path, string? name = null, object? record = null)
        {
            if (!Wanted(path)) return null;
            var parameters = new Dictionary<string, object?> { ["Page"] = new PageContext(Handbook, language, path, Assets) { Fragments = Fragments } };
            if (name is not null) parameters[name] = record;
            return new(path, component, parameters);
        }
    }

    /// <summary>Pages that list or gather records rather than show one.</summary>
    private static readonly IReadOnlyDictionary<string, Type> Sections = new Dictionary<string, Type>
    {
        ["measures"] = typeof(MeasuresPage),
        ["ministries"] = typeof(MinistriesPage),
        ["programmes"] = typeof(ProgrammesPage),
        ["institutions"] = typeof(InstitutionsPage),
        ["glossary"] = typeof(GlossaryPage),
        ["timeline"] = typeof(TimelinePage),
        ["handbook"] = typeof(HandbookPage),
        ["search"] = typeof(SearchPage),
        ["about"] = typeof(AboutPage),
    };
}
