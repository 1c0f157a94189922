using RoadmapSite.Content.Loading;

namespace RoadmapSite.Content.Checking;

/// <summary>
/// A former id becomes a redirect, so it must point one way only: it may not be a record's own
/// id, the id of another record of the same kind, or a former id of two records.
/// </summary>
public sealed class FormerIdsRule : IContentRule
{
    public void Check(CheckContext context, ICollection<Diagnostic> diagnostics)
    {
        foreach (var type in RecordType.All)
        {
            var records = context.OfType(type).Select(r => r.Record).ToList();
            var current = records.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var claimed = new Dictionary<string, Model.Record>(StringComparer.Ordinal);
            foreach (var record in records.OrderBy(r => r.File, StringComparer.Ordinal))
                for (var i = 0; i < record.FormerIds.Count; i++)
                {
                    var former = record.FormerIds[i];
                    var at = $"former_ids[{i}]";
                    if (former == record.Id)
                        diagnostics.Add(context.Error(record, at,
                            $"'{former}' is this record's own id; former_ids lists only ids it had before, so remove it here"));
                    else if (current.TryGetValue(former, out var owner))
                        diagnostics.Add(context.Error(record, at,
                            $"'{former}' is the id of {owner.File}; an id in use cannot also redirect here. Remove it from former_ids, or rename that record first"));
                    else if (!claimed.TryAdd(former, record))
                        diagnostics.Add(context.Error(record, at,
                            $"'{former}' is already a former id of {claimed[former].File}; an old address can lead to one record only, so keep it in one of the two files"));
                }
        }
    }
}
