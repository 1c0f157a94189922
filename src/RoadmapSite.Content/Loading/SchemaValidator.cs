using System.Text.Json;
using System.Text.Json.Nodes;

namespace RoadmapSite.Content.Loading;

/// <summary>
/// Checks a record's value tree (from <see cref="YamlToJson"/>) against its <see cref="Schema"/>
/// and lists every violation. A value of the wrong type gets that one violation: its pattern,
/// fields or entries would only repeat it.
/// </summary>
public static class SchemaValidator
{
    public static List<SchemaViolation> Validate(JsonNode? value, Schema schema)
    {
        var found = new List<SchemaViolation>();
        Check(value, schema, "", found);
        return found;
    }

    /// <summary>The one type a value has; an integer is also a number, which <see cref="Allows"/> knows.</summary>
    public static JsonTypes TypeOf(JsonNode? value) => value switch
    {
        null => JsonTypes.Null,
        JsonObject => JsonTypes.Object,
        JsonArray => JsonTypes.Array,
        _ => value.GetValueKind() switch
        {
            JsonValueKind.String => JsonTypes.String,
            JsonValueKind.True or JsonValueKind.False => JsonTypes.Boolean,
            _ => value.AsValue().TryGetValue<long>(out _) ? JsonTypes.Integer : JsonTypes.Number,
        },
    };

    private static bool Allows(JsonTypes allowed, JsonTypes type) =>
        allowed == JsonTypes.Any || allowed.HasFlag(type) || (type == JsonTypes.Integer && allowed.HasFlag(JsonTypes.Number));

    private static void Check(JsonNode? value, Schema schema, string path, List<SchemaViolation> found)
    {
        var type = TypeOf(value);
        if (!Allows(schema.Types, type))
        {
            found.Add(new(SchemaViolationKind.WrongType, path, schema));
            return;
        }
        if (schema.Enum is { } allowed && !allowed.Any(a => JsonNode.DeepEquals(a, value)))
            found.Add(new(SchemaViolationKind.NotInEnum, path, schema));

        switch (value)
        {
            case JsonObject fields:
                foreach (var name in schema.Required)
                    if (!fields.ContainsKey(name))
                        found.Add(new(SchemaViolationKind.MissingField, path, schema, name));
                foreach (var (name, field) in fields)
                {
                    var fieldPath = JsonPath.Property(path, name);
                    if (schema.Property(name) is { } fieldSchema) Check(field, fieldSchema, fieldPath, found);
                    else if (!schema.AdditionalProperties) found.Add(new(SchemaViolationKind.UnknownField, fieldPath, schema, name));
                }
                break;
            case JsonArray entries:
                if (entries.Count < schema.MinItems) found.Add(new(SchemaViolationKind.TooFewItems, path, schema));
                if (schema.UniqueItems && HasDuplicates(entries)) found.Add(new(SchemaViolationKind.DuplicateItems, path, schema));
                if (schema.Items is { } items)
                    for (var i = 0; i < entries.Count; i++) Check(entries[i], items, JsonPath.Index(path, i), found);
                break;
            case JsonValue when type == JsonTypes.String:
                if (schema.PatternRegex is { } pattern && !pattern.IsMatch(value.GetValue<string>()))
                    found.Add(new(SchemaViolationKind.PatternMismatch, path, schema));
                break;
            case JsonValue when type is JsonTypes.Integer or JsonTypes.Number:
                var number = value.AsValue().TryGetValue<long>(out var whole) ? whole : value.GetValue<double>();
                if (number < (double?)schema.Minimum) found.Add(new(SchemaViolationKind.TooSmall, path, schema));
                if (number > (double?)schema.Maximum) found.Add(new(SchemaViolationKind.TooLarge, path, schema));
                break;
        }
    }

    private static bool HasDuplicates(JsonArray entries)
    {
        for (var i = 0; i < entries.Count; i++)
        for (var j = i + 1; j < entries.Count; j++)
            if (JsonNode.DeepEquals(entries[i], entries[j])) return true;
        return false;
    }
}
