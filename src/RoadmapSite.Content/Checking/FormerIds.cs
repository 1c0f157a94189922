namespace RoadmapSite.Content.Checking;

/// <summary>
/// A former id becomes a redirect to the record's current page, so it may not be any record's
/// current id (the redirect would hide that page) nor be claimed by two records.
/// </summary>
public sealed class FormerIds : IContentRule
{
    public void Check(CheckContext context, ICollection<Diagnostic> diagnostics)
    {
        foreach (var type in context.Records.GroupBy(r => r.Type))
        {
            var current = type.GroupBy(r => r.Record.Id).ToDictionary(g => g.Key, g => g.First().File, StringComparer.Ordinal);
            var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var loaded in type.OrderBy(r => r.File, StringComparer.Ordinal))
            {
                var record = loaded.Record;
                for (var i = 0; i < record.FormerIds.Count; i++)
                {
                    var former = record.FormerIds[i];
                    if (former != record.Id && current.TryGetValue(former, out var owner))
                        diagnostics.Add(context.Error(record, $"former_ids[{i}]",
                            $"'{former}' is the current id of {owner}; a former id must be retired, never in use"));
                    else if (!claimed.TryAdd(former, loaded.File) && claimed[former] != loaded.File)
                        diagnostics.Add(context.Error(record, $"former_ids[{i}]",
                            $"'{former}' is already a former id of {claimed[former]}; an old address can redirect to one place only"));
                }
            }
        }
    }
}
