using System.Collections.Concurrent;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using RoadmapSite.Content.Checking;

namespace RoadmapSite.Content.Loading;

/// <summary>
/// The JSON Schemas of input/schemas/, the same files editors' YAML extensions use, so the check
/// and the editor agree. Parsing a schema is slow next to validating with it, so each distinct
/// schema text is parsed once per process, on first use.
/// </summary>
public sealed class SchemaSet
{
    private static readonly ConcurrentDictionary<string, Lazy<JsonSchema>> ParsedByText = new(StringComparer.Ordinal);

    private readonly string _directory;
    private readonly string _displayDirectory;
    private readonly ConcurrentDictionary<RecordType, Lazy<(JsonSchema? Schema, string? Problem)>> _byType = new();

    private SchemaSet(string directory, string displayDirectory)
    {
        _directory = directory;
        _displayDirectory = displayDirectory;
    }

    public static SchemaSet For(string directory, string displayDirectory) => new(directory, displayDirectory);

    /// <summary>The property names a schema allows at a path: the candidates for "did you mean".</summary>
    public static IEnumerable<string> PropertyNames(JsonSchema schema) =>
        schema.ActualSchema.ActualProperties.Keys;

    /// <summary>Validates one record; adds a diagnostic per violation and returns whether there were none.</summary>
    public bool Validate(InputFile file, JToken json, SourceMap map, ICollection<Diagnostic> diagnostics)
    {
        var (schema, problem) = _byType.GetOrAdd(file.Type, type => new Lazy<(JsonSchema?, string?)>(() => Load(type))).Value;
        if (schema is null)
        {
            diagnostics.Add(Diagnostic.Error(file.DisplayPath, 1, 1, problem!));
            return false;
        }
        var errors = schema.Validate(json);
        foreach (var error in Flatten(errors))
            diagnostics.Add(SchemaErrorMessage.ToDiagnostic(file, error, map));
        return errors.Count == 0;
    }

    private (JsonSchema?, string?) Load(RecordType type)
    {
        var path = Path.Combine(_directory, type.SchemaFile);
        var display = $"{_displayDirectory}/{type.SchemaFile}";
        if (!File.Exists(path))
            return (null, $"cannot check this file: its schema {display} is missing");
        var text = File.ReadAllText(path);
        try
        {
            return (ParsedByText.GetOrAdd(text, t => new Lazy<JsonSchema>(() => JsonSchema.FromJsonAsync(t).GetAwaiter().GetResult())).Value, null);
        }
        catch (Exception e) when (e is Newtonsoft.Json.JsonException or InvalidOperationException or NotSupportedException)
        {
            ParsedByText.TryRemove(text, out _);
            return (null, $"cannot check this file: its schema {display} is not valid JSON Schema ({e.Message})");
        }
    }

    /// <summary>
    /// oneOf/anyOf failures nest the real reasons; report those, since "does not match any
    /// allowed shape" alone does not tell an editor what to fix.
    /// </summary>
    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0
                && error.Kind is not ValidationErrorKind.NoTypeValidates)
            {
                // Report the alternative that came closest: the one with the fewest problems.
                var closest = child.Errors.Values.OrderBy(list => list.Count).First();
                foreach (var inner in Flatten(closest)) yield return inner;
            }
            else
            {
                yield return error;
            }
        }
    }
}
