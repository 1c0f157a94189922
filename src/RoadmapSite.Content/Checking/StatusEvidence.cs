using RoadmapSite.Content.Model;

namespace RoadmapSite.Content.Checking;

/// <summary>
/// A status is only claimed where the source states it, so its evidence must be the source's
/// own words: a part of the action's Japanese text, copied exactly.
/// </summary>
public sealed class StatusEvidence : IContentRule
{
    public void Check(CheckContext context, ICollection<Diagnostic> diagnostics)
    {
        foreach (var measure in context.All<Measure>())
            for (var a = 0; a < measure.Actions.Count; a++)
            {
                var action = measure.Actions[a];
                if (action.Status is { } status && !action.Text.Ja.Contains(status.Evidence, StringComparison.Ordinal))
                    diagnostics.Add(context.Error(measure, $"actions[{a}].status.evidence",
                        $"the evidence '{status.Evidence}' is not in this action's Japanese text; copy the exact phrase from text.ja"));
            }
    }
}
