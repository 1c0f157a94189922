using RoadmapSite.Content.Model;

namespace RoadmapSite.Content.Publishing;

/// <summary>
/// Where each record lives on the site. Paths are the same under both languages; only the
/// prefix differs. These are published URLs: changing one breaks links in papers and slides.
/// </summary>
public static class Permalinks
{
    public static string Home(Language l) => $"/{l.Code()}/";
    public static string Section(Language l, string section) => $"/{l.Code()}/{section}/";

    public static string Of(Language l, Item x) => $"/{l.Code()}/items/{x.Id}/";
    public static string Of(Language l, Issue x) => $"/{l.Code()}/issues/{x.Id}/";
    public static string Of(Language l, Measure x) => $"/{l.Code()}/measures/{x.Id}/";
    public static string Of(Language l, Ministry x) => $"/{l.Code()}/ministries/{x.Id}/";
    public static string Of(Language l, Programme x) => $"/{l.Code()}/programmes/{x.Id}/";
    public static string Of(Language l, Institution x) => $"/{l.Code()}/institutions/#{x.Id}";
    public static string Of(Language l, Term x) => $"/{l.Code()}/glossary/#{x.Id}";
    public static string Of(Language l, TimelineEvent x) => $"/{l.Code()}/timeline/#{x.Id}";

    /// <summary>
    /// What the measures list can be narrowed by, as the URL segment after <c>/ja/measures/</c>;
    /// no measure may take one as its id.
    /// </summary>
    public static readonly IReadOnlySet<string> MeasureFacets = new HashSet<string>(["ministry", "item", "programme", "term"], StringComparer.Ordinal);

    /// <summary>The measures list narrowed to one record of a facet: <c>/ja/measures/ministry/mext/</c>.</summary>
    public static string MeasuresBy(Language l, string facet, string id) => $"/{l.Code()}/measures/{facet}/{id}/";

    /// <summary>The index of one facet's filters: <c>/ja/measures/ministry/</c>.</summary>
    public static string MeasuresBy(Language l, string facet) => $"/{l.Code()}/measures/{facet}/";

    /// <summary>The search index of one language, which the search page's script fetches.</summary>
    public static string SearchIndex(Language l) => $"/{l.Code()}/search/index.json";

    /// <summary>The same page in the other language: only the prefix changes.</summary>
    public static string Translate(string path, Language to) => $"/{to.Code()}/{path[4..]}";

    public static string Absolute(Site site, string path) => site.BaseUrl + path;
}
