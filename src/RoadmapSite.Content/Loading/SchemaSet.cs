using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using RoadmapSite.Content.Checking;

namespace RoadmapSite.Content.Loading;

/// <summary>
/// The JSON Schemas of input/schemas/, the same files editors' YAML extensions use, so the check
/// and the editor agree. Each distinct schema text is read once per process, on first use, so the
/// live preview reads a schema again only when it changes.
/// </summary>
public sealed class SchemaSet
{
    private static readonly ConcurrentDictionary<string, Lazy<(Schema? Schema, string? Problem)>> ReadByText = new(StringComparer.Ordinal);

    private readonly string _directory;
    private readonly string _displayDirectory;
    private readonly ConcurrentDictionary<RecordType, Lazy<(Schema? Schema, string? Problem)>> _byType = new();

    private SchemaSet(string directory, string displayDirectory)
    {
        _directory = directory;
        _displayDirectory = displayDirectory;
    }

    public static SchemaSet For(string directory, string displayDirectory) => new(directory, displayDirectory);

    /// <summary>Validates one record; adds a diagnostic per violation and returns whether there were none.</summary>
    public bool Validate(InputFile file, JsonNode? json, SourceMap map, ICollection<Diagnostic> diagnostics)
    {
        var (schema, problem) = _byType.GetOrAdd(file.Type, type => new Lazy<(Schema?, string?)>(() => Load(type))).Value;
        if (schema is null)
        {
            diagnostics.Add(Diagnostic.Error(file.DisplayPath, 1, 1, problem!));
            return false;
        }
        var violations = SchemaValidator.Validate(json, schema);
        foreach (var violation in violations)
            diagnostics.Add(SchemaErrorMessage.ToDiagnostic(file, violation, map));
        return violations.Count == 0;
    }

    private (Schema?, string?) Load(RecordType type)
    {
        var path = Path.Combine(_directory, type.SchemaFile);
        var display = $"{_displayDirectory}/{type.SchemaFile}";
        if (!File.Exists(path))
            return (null, $"cannot check this file: its schema {display} is missing");
        var (schema, problem) = ReadByText.GetOrAdd(File.ReadAllText(path), text => new Lazy<(Schema?, string?)>(() =>
        {
            try
            {
                return (SchemaReader.Read(text), null);
            }
            catch (SchemaReader.InvalidSchemaException e)
            {
                return (null, e.Message);
            }
        })).Value;
        return schema is null ? (null, $"cannot check this file: its schema {display} cannot be used: {problem}") : (schema, null);
    }
}
