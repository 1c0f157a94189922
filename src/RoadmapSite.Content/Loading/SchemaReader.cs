using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RoadmapSite.Content.Loading;

/// <summary>
/// Reads a JSON Schema text into a <see cref="Schema"/>. It knows the keywords the handbook's
/// schemas use (draft 2020-12: <c>type</c>, <c>properties</c>, <c>additionalProperties: false</c>,
/// <c>required</c>, <c>items</c>, <c>minItems</c>, <c>uniqueItems</c>, <c>pattern</c>, <c>enum</c>,
/// <c>minimum</c>, <c>maximum</c>, and <c>$ref</c> to a definition of the same file) and refuses
/// any other, naming it: a keyword check ignored would pass files an editor's YAML extension flags.
/// </summary>
/// <remarks>
/// Not a general validator such as NJsonSchema, which this replaced: starting one took a quarter
/// of a second of every build of the real handbook (bench/README.md), for twelve small schemas.
/// </remarks>
public sealed class SchemaReader
{
    public sealed class InvalidSchemaException(string message) : Exception(message);

    /// <summary>Words for people and editors, and the places definitions are kept: none of them checks a value.</summary>
    private static readonly HashSet<string> Annotations =
        ["$schema", "$id", "$comment", "title", "description", "markdownDescription", "default", "examples", "deprecated", "definitions", "$defs"];

    private static readonly string[] Applied =
        ["type", "properties", "additionalProperties", "required", "items", "minItems", "uniqueItems", "pattern", "enum", "minimum", "maximum", "$ref"];

    private readonly JsonObject _root;
    private readonly Dictionary<string, Schema> _definitions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _following = new(StringComparer.Ordinal);

    private SchemaReader(JsonObject root) => _root = root;

    /// <exception cref="InvalidSchemaException">The text is not JSON, or uses what check does not apply.</exception>
    public static Schema Read(string text)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new InvalidSchemaException($"not valid JSON: {e.Message}");
        }
        if (root is not JsonObject schema) throw new InvalidSchemaException("a schema must be a JSON object");
        var reader = new SchemaReader(schema);
        var read = reader.Read(schema, "");
        // Definitions no field names yet are read too, so a keyword check cannot apply is found at once.
        foreach (var group in (string[])["definitions", "$defs"])
            if (schema[group] is JsonObject definitions)
                foreach (var (name, _) in definitions)
                    reader.Follow($"#/{group}/{name}", group);
        return read;
    }

    private Schema Read(JsonObject node, string at)
    {
        foreach (var (keyword, _) in node)
            if (!Annotations.Contains(keyword) && !Applied.Contains(keyword))
                throw Unsupported($"the keyword '{keyword}'", at);

        if (node["$ref"] is { } reference)
        {
            if (node.Any(p => p.Key != "$ref" && !Annotations.Contains(p.Key)))
                throw Unsupported("'$ref' beside other keywords that check a value", at);
            return Follow(Text(reference, "$ref", at), at);
        }

        var pattern = node["pattern"] is { } p ? Text(p, "pattern", at) : null;
        return new Schema
        {
            Types = node["type"] is { } type ? Types(type, at) : JsonTypes.Any,
            Description = node["description"]?.GetValueKind() == JsonValueKind.String ? (string?)node["description"] : null,
            Properties = node["properties"] is { } properties
                ? Object(properties, "properties", at).Select(p => KeyValuePair.Create(p.Key, Read(Object(p.Value, p.Key, at), At(at, $"properties.{p.Key}")))).ToList()
                : [],
            AdditionalProperties = node["additionalProperties"] switch
            {
                null => true,
                JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => (bool)v,
                _ => throw Unsupported("'additionalProperties' other than true or false", at),
            },
            Required = node["required"] is { } required
                ? Array(required, "required", at).Select(r => Text(r, "required", at)).ToList()
                : [],
            Items = node["items"] is { } items ? Read(Object(items, "items", at), At(at, "items")) : null,
            MinItems = node["minItems"] is { } minItems ? (int)Number(minItems, "minItems", at) : null,
            UniqueItems = node["uniqueItems"] is JsonValue unique && unique.GetValueKind() == JsonValueKind.True,
            Pattern = pattern,
            PatternRegex = pattern is null ? null : Compile(pattern, at),
            Enum = node["enum"] is { } values ? Array(values, "enum", at).ToList() : null,
            Minimum = node["minimum"] is { } minimum ? Number(minimum, "minimum", at) : null,
            Maximum = node["maximum"] is { } maximum ? Number(maximum, "maximum", at) : null,
        };
    }

    /// <summary>A <c>$ref</c> to <c>#/definitions/name</c> (or <c>#/$defs/name</c>), read once however often it is named.</summary>
    private Schema Follow(string reference, string at)
    {
        if (_definitions.TryGetValue(reference, out var known)) return known;
        var parts = reference.Split('/');
        if (parts is not ["#", "definitions" or "$defs", var name]
            || _root[parts[1]] is not JsonObject definitions
            || definitions[name] is not JsonObject definition)
            throw new InvalidSchemaException($"'$ref' at {Where(at)} names '{reference}', which is not a definition in this file");
        if (!_following.Add(reference))
            throw Unsupported($"a definition that refers to itself ('{reference}')", at);
        var schema = Read(definition, $"{parts[1]}.{name}");
        _following.Remove(reference);
        return _definitions[reference] = schema;
    }

    private static JsonTypes Types(JsonNode type, string at)
    {
        var names = type is JsonArray list ? list.Select(t => Text(t, "type", at)) : [Text(type, "type", at)];
        var types = JsonTypes.Any;
        foreach (var name in names)
            types |= name switch
            {
                "null" => JsonTypes.Null,
                "boolean" => JsonTypes.Boolean,
                "integer" => JsonTypes.Integer,
                "number" => JsonTypes.Number,
                "string" => JsonTypes.String,
                "array" => JsonTypes.Array,
                "object" => JsonTypes.Object,
                _ => throw new InvalidSchemaException($"'type' at {Where(at)} names '{name}', which is not a JSON type"),
            };
        return types;
    }

    private static Regex Compile(string pattern, string at)
    {
        try
        {
            // Matched anywhere in the text, as JSON Schema says. Not RegexOptions.ECMAScript: that
            // makes \s ASCII only, while editors' JavaScript counts 　 (U+3000) as a space too.
            return new Regex(pattern, RegexOptions.CultureInvariant);
        }
        catch (ArgumentException e)
        {
            throw new InvalidSchemaException($"'pattern' at {Where(at)} is not a regular expression ({e.Message})");
        }
    }

    private static string Text(JsonNode? node, string keyword, string at) =>
        node?.GetValueKind() == JsonValueKind.String ? (string)node! : throw Malformed(keyword, "a text", at);

    private static decimal Number(JsonNode? node, string keyword, string at) =>
        node?.GetValueKind() == JsonValueKind.Number ? (decimal)node! : throw Malformed(keyword, "a number", at);

    private static JsonObject Object(JsonNode? node, string keyword, string at) =>
        node as JsonObject ?? throw Malformed(keyword, "an object", at);

    private static JsonArray Array(JsonNode? node, string keyword, string at) =>
        node as JsonArray ?? throw Malformed(keyword, "a list", at);

    private static InvalidSchemaException Malformed(string keyword, string expected, string at) =>
        new($"'{keyword}' at {Where(at)} should be {expected}");

    private static InvalidSchemaException Unsupported(string what, string at) =>
        new($"it uses {what} at {Where(at)}, which check does not apply; check applies {string.Join(", ", Applied)}");

    private static string At(string parent, string child) => parent.Length == 0 ? child : $"{parent}.{child}";

    private static string Where(string at) => at.Length == 0 ? "the top" : $"'{at}'";
}
