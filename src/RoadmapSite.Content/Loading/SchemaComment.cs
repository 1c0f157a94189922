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
        var firstLine = text.AsSpan(0, text.IndexOf('\n') is var end and >= 0 ? end : text.Length).TrimEnd('\r').Trim();
        var expected = Expected(file.Type);
        if (!firstLine.SequenceEqual(expected))
            diagnostics.Add(Diagnostic.Error(file.DisplayPath, 1, 1,
                $"the first line must name the schema, so editors can check the file as you type: {expected}"));
    }
}
