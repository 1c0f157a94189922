namespace RoadmapSite.Content.Checking;

/// <summary>
/// An id names one record of its type: it is the record's URL, so two files with the same id
/// would publish two pages at one address.
/// </summary>
public sealed class UniqueIds : IContentRule
{
    public void Check(CheckContext context, ICollection<Diagnostic> diagnostics)
    {
        foreach (var group in context.Records.GroupBy(r => (r.Type, r.Record.Id)))
        {
            // The file named after the id is the owner; the others are the copies to fix.
            var files = group
                .OrderBy(r => Path.GetFileNameWithoutExtension(r.File) == group.Key.Id ? 0 : 1)
                .ThenBy(r => r.File, StringComparer.Ordinal)
                .ToList();
            foreach (var duplicate in files.Skip(1))
                diagnostics.Add(context.Error(duplicate.Record, "id",
                    $"the id '{group.Key.Id}' is already used by {files[0].File}; each {group.Key.Type.Name} needs its own id"));
        }
    }
}
