namespace RoadmapSite.Content.Model;

public sealed partial class Handbook
{
    /// <summary>
    /// This handbook with edited records in place of the ones they replace, each in the same place
    /// in display order (<see cref="Loading.HandbookAssembler.SamePlace"/>), and with the same dates.
    /// For the live preview: at 10,000 measures, assembling a handbook and working out its
    /// back-links again after each save took 60 ms, and an edited measure usually leaves them as
    /// they were. Null when a record to replace is not in this handbook.
    /// </summary>
    public Handbook? Replacing(IReadOnlyList<(Record Old, Record Edited)> edits)
    {
        var (site, sources, vision, overviews, items, issues, measures) = (Site, Sources, Vision, Overviews, Items, Issues, Measures);
        var (ministries, programmes, institutions, terms, events) = (Ministries, Programmes, Institutions, Terms, Events);
        var (byProgramme, byInstitution, byTerm, byEvent, byMinistry, byItem) = (_byProgramme, _byInstitution, _byTerm, _byEvent, _byMinistry, _byItem);
        foreach (var (old, edited) in edits)
        {
            var found = (old, edited) switch
            {
                (Model.Site, Model.Site b) => Set(ref site, b),
                (Source a, Source b) => Swap(ref sources, a, b),
                (VisionHorizon a, VisionHorizon b) => Swap(ref vision, a, b),
                (Overview a, Overview b) => Swap(ref overviews, a, b),
                (Item a, Item b) => Swap(ref items, a, b),
                (Issue a, Issue b) => Swap(ref issues, a, b),
                (Measure a, Measure b) => Swap(ref measures, a, b),
                (Ministry a, Ministry b) => Swap(ref ministries, a, b),
                (Programme a, Programme b) => Swap(ref programmes, a, b),
                (Institution a, Institution b) => Swap(ref institutions, a, b),
                (Term a, Term b) => Swap(ref terms, a, b),
                (TimelineEvent a, TimelineEvent b) => Swap(ref events, a, b),
                _ => false,
            };
            if (!found) return null;
            if (old is Measure m && edited is Measure e)
            {
                byProgramme = Swapped(byProgramme, m.Mentions.Programmes, e.Mentions.Programmes, m, e);
                byInstitution = Swapped(byInstitution, m.Mentions.Institutions, e.Mentions.Institutions, m, e);
                byTerm = Swapped(byTerm, m.Mentions.Terms, e.Mentions.Terms, m, e);
                byEvent = Swapped(byEvent, m.Mentions.Events, e.Mentions.Events, m, e);
                byMinistry = Swapped(byMinistry, m.Ministries, e.Ministries, m, e);
                // The same issue, so the same item.
                byItem = byItem is null ? null : Swapped(byItem, [ItemOf(m).Id], [ItemOf(m).Id], m, e);
            }
        }

        var handbook = new Handbook
        {
            Site = site, Sources = sources, Vision = vision, Overviews = overviews, Items = items, Issues = issues,
            Measures = measures, Ministries = ministries, Programmes = programmes, Institutions = institutions,
            Terms = terms, Events = events,
            History = History,
            Repository = Repository,
        };
        // Lookups that show records other than measures are worked out again if any of those changed.
        if (edits.All(edit => edit.Edited is Measure))
        {
            (handbook._items, handbook._issues, handbook._ministries) = (_items, _issues, _ministries);
            (handbook._byProgramme, handbook._byInstitution, handbook._byTerm, handbook._byEvent, handbook._byMinistry, handbook._byItem) =
                (byProgramme, byInstitution, byTerm, byEvent, byMinistry, byItem);
        }
        return handbook;
    }

    private static bool Set<T>(ref T field, T value)
    {
        field = value;
        return true;
    }

    private static bool Swap<T>(ref IReadOnlyList<T> list, T old, T edited) where T : class
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (!ReferenceEquals(list[i], old)) continue;
            var copy = list.ToArray();
            copy[i] = edited;
            list = copy;
            return true;
        }
        return false;
    }

    /// <summary>
    /// Back-links with <paramref name="edited"/> in place of <paramref name="old"/> when the edit names
    /// the same ids; otherwise none, to be worked out again when asked for.
    /// </summary>
    private static Dictionary<string, IReadOnlyList<Measure>>? Swapped(
        Dictionary<string, IReadOnlyList<Measure>>? by, IReadOnlyList<string> oldIds, IReadOnlyList<string> editedIds, Measure old, Measure edited)
    {
        if (by is null || !oldIds.ToHashSet(StringComparer.Ordinal).SetEquals(editedIds)) return null;
        var swapped = new Dictionary<string, IReadOnlyList<Measure>>(by, StringComparer.Ordinal);
        foreach (var id in oldIds.Distinct(StringComparer.Ordinal))
        {
            var measures = by.GetValueOrDefault(id) ?? [];
            if (!Swap(ref measures, old, edited)) return null;
            swapped[id] = measures;
        }
        return swapped;
    }
}
