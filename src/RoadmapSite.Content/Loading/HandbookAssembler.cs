using RoadmapSite.Content.Model;

namespace RoadmapSite.Content.Loading;

/// <summary>
/// Puts checked records into a <see cref="Handbook"/> in display order: items by number, issues
/// by (item number, number), measures in their issue's order, ministries by order, the rest by id.
/// </summary>
public static class HandbookAssembler
{
    /// <summary>
    /// Whether <paramref name="edited"/> takes the place of <paramref name="old"/> in display order:
    /// same kind of record, and the same fields sorted on, so a handbook can swap one for the other
    /// (<see cref="Handbook.Replacing"/>) without assembling everything again.
    /// </summary>
    public static bool SamePlace(Record old, Record edited) => (old, edited) switch
    {
        (Item a, Item b) => a.Number == b.Number && a.Id == b.Id,
        (Issue a, Issue b) => a.Item == b.Item && a.Number == b.Number && a.Id == b.Id,
        (Measure a, Measure b) => a.Issue == b.Issue && a.Id == b.Id,
        (Overview a, Overview b) => a.Order == b.Order && a.Id == b.Id,
        (Ministry a, Ministry b) => a.Order == b.Order && a.Id == b.Id,
        _ => old.GetType() == edited.GetType() && old.Id == edited.Id,
    };

    public static Handbook Assemble(IReadOnlyList<Record> records)
    {
        List<T> All<T>() => records.OfType<T>().ToList();
        List<T> ById<T>() where T : Record => records.OfType<T>().OrderBy(r => r.Id, StringComparer.Ordinal).ToList();

        var items = All<Item>().OrderBy(i => i.Number).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
        var itemNumber = items.ToDictionary(i => i.Id, i => i.Number);
        var issues = All<Issue>()
            .OrderBy(i => itemNumber.GetValueOrDefault(i.Item))
            .ThenBy(i => i.Number)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .ToList();
        var issueOrder = issues.Select((issue, index) => (issue.Id, index)).ToDictionary(p => p.Id, p => p.index);
        var measures = All<Measure>()
            .OrderBy(m => issueOrder.GetValueOrDefault(m.Issue, int.MaxValue))
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .ToList();

        return new Handbook
        {
            Site = records.OfType<Site>().Single(),
            Sources = ById<Source>(),
            Vision = ById<VisionHorizon>(),
            Overviews = All<Overview>().OrderBy(o => o.Order).ThenBy(o => o.Id, StringComparer.Ordinal).ToList(),
            Items = items,
            Issues = issues,
            Measures = measures,
            Ministries = All<Ministry>().OrderBy(m => m.Order).ThenBy(m => m.Id, StringComparer.Ordinal).ToList(),
            Programmes = ById<Programme>(),
            Institutions = ById<Institution>(),
            Terms = ById<Term>(),
            Events = ById<TimelineEvent>(),
        };
    }
}
