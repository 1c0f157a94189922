using RoadmapSite.Content.Loading;

namespace RoadmapSite.Content.Checking;

/// <summary>A record's file is named after its id, so editors can find a record from its URL.</summary>
public sealed class FileNamesMatchIds : IContentRule
{
    public void Check(CheckContext context, ICollection<Diagnostic> diagnostics)
    {
        foreach (var loaded in context.Records)
        {
            if (loaded.Type == RecordType.Site) continue;
            var name = Path.GetFileNameWithoutExtension(loaded.File);
            if (name != loaded.Record.Id)
                diagnostics.Add(context.Error(loaded.Record, "id",
                    $"the id '{loaded.Record.Id}' does not match the file name '{name}.yml'; rename the file to '{loaded.Record.Id}.yml' or correct the id"));
        }
    }
}
