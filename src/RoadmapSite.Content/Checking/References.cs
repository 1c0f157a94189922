namespace RoadmapSite.Content.Checking;

/// <summary>Every id a record uses must name an existing record of the right type.</summary>
public sealed class References : IContentRule
{
    public void Check(CheckContext context, ICollection<Diagnostic> diagnostics)
    {
        var idsByType = context.Records
            .GroupBy(r => r.Type)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Record.Id).ToHashSet(StringComparer.Ordinal));
        foreach (var loaded in context.Records)
        foreach (var reference in Reference.From(loaded.Record))
        {
            var known = idsByType.GetValueOrDefault(reference.Target) ?? [];
            if (known.Contains(reference.Id) || context.IsUnreadable(reference.Target, reference.Id)) continue;
            var folder = reference.Target.Folder;
            diagnostics.Add(context.Error(loaded.Record, reference.Path,
                $"there is no {reference.Target.Name} '{reference.Id}' (no file input/{folder}/{reference.Id}.yml){DidYouMean.Suffix(reference.Id, known)}; correct the id or add the {reference.Target.Name}"));
        }
    }
}
