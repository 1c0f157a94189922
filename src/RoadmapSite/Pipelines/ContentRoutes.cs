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
    public static IEnumerable<PageRoute> For(Handbook handbook, ThemeAssets assets, IFragmentCache? fragments = null)
    {
        yield return new("/", typeof(RootPage), new Dictionary<string, object?> { ["Handbook"] = handbook, ["ThemeAssets"] = assets });
        yield return new("/404.html", typeof(NotFoundPage), new Dictionary<string, object?> { ["Handbook"] = handbook, ["ThemeAssets"] = assets });

        foreach (var language in LanguageCodes.All)
        {
            yield return Page<HomePage>(handbook, assets, fragments, language, Permalinks.Home(language));
            foreach (var section in Sections)
                yield return new(Permalinks.Section(language, section.Key), section.Value,
                    new Dictionary<string, object?> { ["Page"] = new PageContext(handbook, language, Permalinks.Section(language, section.Key), assets) { Fragments = fragments } });
            foreach (var facet in MeasureFacet.All)
                yield return Page<MeasureFacetPage>(handbook, assets, fragments, language, facet.Path(language), "Facet", facet);
            foreach (var filter in MeasureFilter.All(handbook))
                yield return Page<MeasuresPage>(handbook, assets, fragments, language, filter.Path(language), "Filter", filter);
            foreach (var route in RecordPages(handbook, assets, fragments, language))
                yield return route;
        }
    }

    /// <summary>
    /// The pages of these records alone (items, issues, measures, ministries and programmes have one
    /// in each language), without listing the site's other pages: the preview's first answer to an edit.
    /// </summary>
    public static IEnumerable<PageRoute> PagesOf(IEnumerable<Record> records, Handbook handbook, ThemeAssets assets, IFragmentCache? fragments = null) =>
        LanguageCodes.All.SelectMany(language => records.Select(record => PageOf(record, handbook, assets, fragments, language)).OfType<PageRoute>());

    private static IEnumerable<PageRoute> RecordPages(Handbook handbook, ThemeAssets assets, IFragmentCache? fragments, Language language) =>
        new IEnumerable<Record>[] { handbook.Items, handbook.Issues, handbook.Measures, handbook.Ministries, handbook.Programmes }
            .SelectMany(records => records)
            .Select(record => PageOf(record, handbook, assets, fragments, language)!);

    /// <summary>The record's own page; none for records shown only on others' pages (terms, sources …).</summary>
    private static PageRoute? PageOf(Record record, Handbook handbook, ThemeAssets assets, IFragmentCache? fragments, Language language) => record switch
    {
        Item x => Page<ItemPage>(handbook, assets, fragments, language, Permalinks.Of(language, x), "Item", x),
        Issue x => Page<IssuePage>(handbook, assets, fragments, language, Permalinks.Of(language, x), "Issue", x),
        Measure x => Page<MeasurePage>(handbook, assets, fragments, language, Permalinks.Of(language, x), "Measure", x),
        Ministry x => Page<MinistryPage>(handbook, assets, fragments, language, Permalinks.Of(language, x), "Ministry", x),
        Programme x => Page<ProgrammePage>(handbook, assets, fragments, language, Permalinks.Of(language, x), "Programme", x),
        _ => null,
    };

    private static PageRoute Page<TComponent>(Handbook handbook, ThemeAssets assets, IFragmentCache? fragments, Language language, string path, string? name = null, object? record = null)
    {
        var parameters = new Dictionary<string, object?> { ["Page"] = new PageContext(handbook, language, path, assets) { Fragments = fragments } };
        if (name is not null) parameters[name] = record;
        return new(path, typeof(TComponent), parameters);
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
