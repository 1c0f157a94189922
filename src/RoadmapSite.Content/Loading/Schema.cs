using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RoadmapSite.Content.Loading;

/// <summary>
/// One schema of input/schemas/ (or a part of one) as check applies it: the keywords of JSON
/// Schema that the handbook's schemas use, with every <c>$ref</c> already followed.
/// <see cref="SchemaReader"/> makes these and refuses a schema that needs any other keyword, so
/// check never passes a file an editor's YAML extension would flag.
/// </summary>
public sealed class Schema
{
    public JsonTypes Types { get; init; }

    /// <summary>What the value is, in words; a pattern's failure is explained with it.</summary>
    public string? Description { get; init; }

    /// <summary>The fields an object may have, in the schema's order (which "the fields allowed here" lists).</summary>
    public IReadOnlyList<KeyValuePair<string, Schema>> Properties { get; init; } = [];

    /// <summary><c>additionalProperties: false</c> makes this false: fields not in <see cref="Properties"/> are refused.</summary>
    public bool AdditionalProperties { get; init; } = true;

    public IReadOnlyList<string> Required { get; init; } = [];

    public Schema? Items { get; init; }
    public int? MinItems { get; init; }
    public bool UniqueItems { get; init; }

    /// <summary>The pattern as the schema writes it; messages recognise the shared ones by it.</summary>
    public string? Pattern { get; init; }
    public Regex? PatternRegex { get; init; }

    public IReadOnlyList<JsonNode?>? Enum { get; init; }
    public decimal? Minimum { get; init; }
    public decimal? Maximum { get; init; }

    public Schema? Property(string name)
    {
        foreach (var (key, schema) in Properties)
            if (key == name) return schema;
        return null;
    }

    public IEnumerable<string> PropertyNames => Properties.Select(p => p.Key);
}
