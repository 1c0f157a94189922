using RoadmapSite.Content.Loading;
using RoadmapSite.Content.Model;
using RoadmapSite.Content.Publishing;

namespace RoadmapSite.Content.Checking;

/// <summary>
/// A measure's page is <c>/ja/measures/{id}/</c>, next to the measures list's own pages
/// (<c>/ja/measures/ministry/</c>, the index of the ministry filters): a measure, or a redirect
/// from its former id, may not take one of their names.
/// </summary>
public sealed class ReservedIds : IRecordRule
{
    public void Check(LoadedRecord loaded, ICollection<Diagnostic> diagnostics)
    {
        if (loaded.Record is not Measure measure) return;
        if (Permalinks.MeasureFacets.Contains(measure.Id))
            diagnostics.Add(loaded.Error("id", Message(measure.Id)));
        for (var i = 0; i < measure.FormerIds.Count; i++)
            if (Permalinks.MeasureFacets.Contains(measure.FormerIds[i]))
                diagnostics.Add(loaded.Error($"former_ids[{i}]", Message(measure.FormerIds[i])));
    }

    private static string Message(string id) =>
        $"a measure cannot have the id '{id}': /ja/measures/{id}/ is the list of measures by {id}; choose another id";
}
