using System.Text.Json.Nodes;

namespace RoadmapSite.Content.Loading;

/// <summary>
/// Where each value of a record sits in its YAML file, by JSON path (<c>actions[0].ministries[1]</c>,
/// the same spelling schema errors use), so every problem points at the exact line and column.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, Position> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Position> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonNode?> _tokens = new(StringComparer.Ordinal);
    private readonly HashSet<string> _blank = new(StringComparer.Ordinal);

    public static readonly SourceMap Empty = new();

    internal void AddKey(string path, Position position) => _keys[path] = position;
    internal void AddValue(string path, Position position, JsonNode? token)
    {
        _values[path] = position;
        _tokens[path] = token;
    }

    internal void AddBlank(string path) => _blank.Add(path);

    /// <summary>
    /// The field was written with nothing after the colon (<c>en:</c>). YAML reads that as null,
    /// like <c>en: ~</c>, but only the explicit form is a deliberate choice.
    /// </summary>
    public bool IsBlank(string path) => _blank.Contains(path);

    /// <summary>Every value of the record with its path, in file order; a YAML null (<c>~</c>) is null.</summary>
    public IEnumerable<KeyValuePair<string, JsonNode?>> Values => _tokens;

    /// <summary>The JSON value at a path; null when the record has none there, or a YAML null.</summary>
    public JsonNode? Token(string path) => _tokens.GetValueOrDefault(path);

    /// <summary>The text at a path, or null when the value there is not a text.</summary>
    public string? Text(string path) => Text(Token(path));

    /// <summary>The text a value is, or null when it is not a text.</summary>
    public static string? Text(JsonNode? value) =>
        value is JsonValue text && text.TryGetValue<string>(out var s) ? s : null;

    /// <summary>The field name's position for a mapping entry, else the value's: where an editor looks first.</summary>
    public Position Field(string path) =>
        _keys.TryGetValue(path, out var key) ? key : Value(path);

    /// <summary>The value's position; the nearest enclosing value when the path itself is absent (a missing field).</summary>
    public Position Value(string path)
    {
        while (true)
        {
            if (_values.TryGetValue(path, out var position)) return position;
            if (path.Length == 0) return Position.Start;
            path = JsonPath.Parent(path);
        }
    }
}
