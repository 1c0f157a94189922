using RoadmapSite.Content.Loading;
using RoadmapSite.Content.Model;

namespace RoadmapSite.Content.Checking;

/// <summary>
/// A status is only claimed where the source states it, so its evidence must be the source's
/// own words: a part of the action's Japanese text, copied exactly.
/// </summary>
public sealed class StatusEvidence : IRecordRule
{
    public void Check(LoadedRecord loaded, ICollection<Diagnostic> diagnostics)
    {
        if (loaded.Record is not Measure measure) return;
        for (var a = 0; a < measure.Actions.Count; a++)
        {
            var action = measure.Actions[a];
            if (action.Status is { } status && !action.Text.Ja.Contains(status.Evidence, StringComparison.Ordinal))
                diagnostics.Add(loaded.Error($"actions[{a}].status.evidence",
                    $"the evidence '{status.Evidence}' is not in this action's Japanese text; copy the exact phrase from text.ja"));
        }
    }
}
