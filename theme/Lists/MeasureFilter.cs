using System.Runtime.CompilerServices;
using RoadmapSite.Content.Model;
using RoadmapSite.Content.Publishing;

namespace RoadmapSite.Theme.Lists;

/// <summary>
/// One view of the measures list narrowed to one ministry, item, programme or term. Each is a page
/// of its own (<c>/ja/measures/ministry/mext/</c>), so a filtered list works without JavaScript and
/// can be bookmarked and linked.
/// </summary>
public sealed record MeasureFilter(MeasureFacet Facet, string Id, Bilingual Name, IReadOnlyList<Measure> Measures)
{
    public string Path(Language l) => Permalinks.MeasuresBy(l, Facet.Slug, Id);

    // Every measures page lists every filter: work them out once per handbook, not once per page.
    private static readonly ConditionalWeakTable<Handbook, IReadOnlyList<MeasureFilter>> ByHandbook = [];

    /// <summary>Every filter of every facet, in facet order then the records' display order.</summary>
    public static IReadOnlyList<MeasureFilter> All(Handbook h) => ByHandbook.GetValue(h, Of);

    private static IReadOnlyList<MeasureFilter> Of(Handbook h) =>
    [
        .. h.Ministries.Select(x => new MeasureFilter(MeasureFacet.Ministry, x.Id, x.Name, h.MeasuresOf(x))),
        .. h.Items.Select(x => new MeasureFilter(MeasureFacet.Item, x.Id, x.Title, h.MeasuresOf(x).ToList())),
        .. h.Programmes.Select(x => new MeasureFilter(MeasureFacet.Programme, x.Id, x.Name, h.MeasuresMentioning(x))),
        .. h.Terms.Select(x => new MeasureFilter(MeasureFacet.Term, x.Id, x.Name, h.MeasuresMentioning(x))),
    ];
}

/// <summary>What a measure can be filtered by; <see cref="Slug"/> is the URL segment.</summary>
public sealed record MeasureFacet(string Slug, Bilingual Label)
{
    public static readonly MeasureFacet Ministry = new("ministry", new("府省", "Ministry"));
    public static readonly MeasureFacet Item = new("item", new("項目", "Item"));
    public static readonly MeasureFacet Programme = new("programme", new("事業・施策", "Programme"));
    public static readonly MeasureFacet Term = new("term", new("用語", "Term"));

    public static readonly IReadOnlyList<MeasureFacet> All = [Ministry, Item, Programme, Term];
}
