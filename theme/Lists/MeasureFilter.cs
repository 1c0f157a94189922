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

    /// <summary>The filters of one facet that match a measure, in the records' display order.</summary>
    public static IReadOnlyList<MeasureFilter> Of(Handbook h, MeasureFacet facet) =>
        All(h).Where(f => f.Facet == facet && f.Measures.Count > 0).ToList();

    private static IReadOnlyList<MeasureFilter> Of(Handbook h) =>
    [
        .. h.Ministries.Select(x => new MeasureFilter(MeasureFacet.Ministry, x.Id, x.Name, h.MeasuresOf(x))),
        .. h.Items.Select(x => new MeasureFilter(MeasureFacet.Item, x.Id, x.Title, h.MeasuresOf(x))),
        .. h.Programmes.Select(x => new MeasureFilter(MeasureFacet.Programme, x.Id, x.Name, h.MeasuresMentioning(x))),
        .. h.Terms.Select(x => new MeasureFilter(MeasureFacet.Term, x.Id, x.Name, h.MeasuresMentioning(x))),
    ];
}

/// <summary>What a measure can be filtered by; <see cref="Slug"/> is the URL segment.</summary>
/// <param name="Plural">The English plural, for counts ("500 programmes"); Japanese counts in 件.</param>
public sealed record MeasureFacet(string Slug, Bilingual Label, string Plural, Bilingual IndexTitle)
{
    /// <summary>
    /// A filter page lists every choice of a facet up to this many. Beyond it (a large handbook's
    /// hundreds of programmes) the page names its own choice and links the facet's index instead:
    /// a list that long is no help to a reader, and on every filter page it would make the site's
    /// size grow with the square of the number of records.
    /// </summary>
    public const int ListedInFull = 50;

    public static readonly MeasureFacet Ministry = new("ministry", new("府省", "Ministry"), "ministries", new("府省別の対応案", "Measures by ministry"));
    public static readonly MeasureFacet Item = new("item", new("項目", "Item"), "items", new("項目別の対応案", "Measures by item"));
    public static readonly MeasureFacet Programme = new("programme", new("事業・施策", "Programme"), "programmes", new("事業・施策別の対応案", "Measures by programme"));
    public static readonly MeasureFacet Term = new("term", new("用語", "Term"), "terms", new("用語別の対応案", "Measures by term"));

    public static readonly IReadOnlyList<MeasureFacet> All = [Ministry, Item, Programme, Term];

    /// <summary>The index of this facet's filters: <c>/ja/measures/programme/</c>.</summary>
    public string Path(Language l) => Permalinks.MeasuresBy(l, Slug);

    /// <summary>"500 programmes", "500件".</summary>
    public Bilingual Count(int count) => new($"{count}件", $"{count} {(count == 1 ? Label.En!.ToLowerInvariant() : Plural)}");
}
