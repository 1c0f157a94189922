using RoadmapSite.Content.Checking;

namespace RoadmapSite.Content.Loading;

/// <summary>
/// Each file's first line names its schema, <c># yaml-language-server: $schema=../schemas/measure.schema.json</c>,
/// so an editor's YAML extension completes and checks it with the same rules as this check.
/// </summary>
public static class SchemaComment
{
    public static string Expected(RecordType type) =>
        $"# yaml-language-server: $schema={(type == RecordType.Site ? "" : "../")}schemas/{type.SchemaFile}";

    public static void Check(InputFile file, string text, ICollection<Diagnostic> diagnostics)
    {
        var firstLine = (text.IndexOf('\n') is var end and >= 0 ? text[..end] : text).Trim();
        var expected = Expected(file.Type);
        if (firstLine == expected) return;
        // A file that names another type's schema was most likely saved in the wrong folder.
        var named = RecordType.All.FirstOrDefault(t => t != file.Type && firstLine.EndsWith($"/{t.SchemaFile}", StringComparison.Ordinal));
        if (named is not null && named.Folder.Length > 0)
            diagnostics.Add(Diagnostic.Error(file.DisplayPath, 1, 1,
                $"this file names the {named.Name} schema but is in {(file.Type.Folder.Length > 0 ? file.Type.Folder + "/" : "the top folder")}; if it is a {named.Name}, move it to input/{named.Folder}/"));
        else
            diagnostics.Add(Diagnostic.Error(file.DisplayPath, 1, 1,
                $"the first line must name the schema, so editors can check the file as you type: {expected}"));
    }
}
