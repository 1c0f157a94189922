using RoadmapSite.Content.Loading;

namespace RoadmapSite.Content.Checking;

/// <summary>
/// A record may not point at itself, nor list its own id among its former ids: either would make
/// a link or a redirect that loops back to the same page.
/// </summary>
public sealed class SelfReferences : IRecordRule
{
    public void Check(LoadedRecord loaded, ICollection<Diagnostic> diagnostics)
    {
        var record = loaded.Record;
        foreach (var reference in Reference.From(record))
            if (reference.Target == loaded.Type && reference.Id == record.Id)
                diagnostics.Add(loaded.Error(reference.Path,
                    $"this {loaded.Type.Name} refers to itself ('{record.Id}'); remove the reference"));
        for (var i = 0; i < record.FormerIds.Count; i++)
            if (record.FormerIds[i] == record.Id)
                diagnostics.Add(loaded.Error($"former_ids[{i}]",
                    $"former_ids lists this record's own id '{record.Id}'; list only ids it had before"));
    }
}
