using RoadmapSite.Content.Model;

namespace RoadmapSite.Content.Publishing;

/// <summary>
/// The redirects a handbook declares: each <c>former_ids</c> entry of a record with its own page
/// keeps that record's old address working, in both languages. Records shown as anchors on a
/// shared page (institutions, glossary terms, timeline events) have no page address to keep.
/// </summary>
public static class Redirects
{
    public static IReadOnlyList<Redirect> Of(Handbook handbook) =>
        LanguageCodes.All.SelectMany(l => Renamed(handbook, l)).OrderBy(r => r.From, StringComparer.Ordinal).ToList();

    private static IEnumerable<Redirect> Renamed(Handbook h, Language l) =>
        h.Items.SelectMany(x => x.FormerIds.Select(f => new Redirect(l, Permalinks.Of(l, x with { Id = f }), Permalinks.Of(l, x), x)))
            .Concat(h.Issues.SelectMany(x => x.FormerIds.Select(f => new Redirect(l, Permalinks.Of(l, x with { Id = f }), Permalinks.Of(l, x), x))))
            .Concat(h.Measures.SelectMany(x => x.FormerIds.Select(f => new Redirect(l, Permalinks.Of(l, x with { Id = f }), Permalinks.Of(l, x), x))))
            .Concat(h.Ministries.SelectMany(x => x.FormerIds.Select(f => new Redirect(l, Permalinks.Of(l, x with { Id = f }), Permalinks.Of(l, x), x))))
            .Concat(h.Programmes.SelectMany(x => x.FormerIds.Select(f => new Redirect(l, Permalinks.Of(l, x with { Id = f }), Permalinks.Of(l, x), x))));
}
