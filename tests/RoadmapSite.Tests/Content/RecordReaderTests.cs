using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using RoadmapSite.Content.Loading;
using RoadmapSite.Content.Model;
using RoadmapSite.Tests.Infrastructure;
using Xunit;

namespace RoadmapSite.Tests.Content;

/// <summary>
/// <see cref="RecordReader"/> is written out field by field, so a field the schema gains and the
/// reader forgets would vanish from the site without a word. For every record type, a record with
/// every field its schema allows is made from the schema itself, read, and written back from the
/// model: each value must come back at the same place.
/// </summary>
public class RecordReaderTests
{
    private static readonly JsonSerializerOptions ModelAsYaml = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower), new DateAsText() },
    };

    public static TheoryData<string> Types => new(RecordType.All.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Types))]
    public void Every_field_the_schema_allows_reaches_the_model(string typeName)
    {
        var type = RecordType.All.Single(t => t.Name == typeName);
        var schema = SchemaReader.Read(File.ReadAllText(RepoRoot.Combine($"input/schemas/{type.SchemaFile}")));
        var full = Example(schema);
        Assert.Empty(SchemaValidator.Validate(full, schema));

        var record = RecordReader.Read(full, type, "input/x.yml");

        var back = JsonSerializer.SerializeToNode(record, record.GetType(), ModelAsYaml)!;
        foreach (var (path, value) in Leaves(full, ""))
            Assert.True(Same(value, At(back, path)), $"{type.Name}: '{path}' is {value?.ToJsonString()} in the record, {At(back, path)?.ToJsonString() ?? "missing"} in the model");
    }

    [Fact]
    public void Every_record_of_the_handbook_reads_back_as_written()
    {
        var result = HandbookLoader.Load(RepoRoot.Combine("input"), RepoRoot.Path);
        Assert.NotNull(result.Handbook);
        foreach (var file in Directory.EnumerateFiles(RepoRoot.Combine("input"), "*.yml", SearchOption.AllDirectories))
        {
            var document = YamlDocumentReader.Read(file, file, [])!;
            var json = YamlToJson.Convert(document.Root, new SourceMap());
            var type = Path.GetFileName(file) == RecordType.SiteFile
                ? RecordType.Site
                : RecordType.All.Single(t => t.Folder == Path.GetFileName(Path.GetDirectoryName(file)));
            var record = RecordReader.Read(json, type, file);
            var back = JsonSerializer.SerializeToNode(record, record.GetType(), ModelAsYaml)!;
            foreach (var (path, value) in Leaves(json, ""))
                Assert.True(Same(value, At(back, path)), $"{file}: '{path}'");
        }
    }

    /// <summary>A value for every field, each one the schema accepts.</summary>
    private static JsonNode? Example(Schema schema)
    {
        if (schema.Enum is { Count: > 0 } values) return values[^1]?.DeepClone();
        if (schema.Types.HasFlag(JsonTypes.Object))
            return new JsonObject(schema.Properties.Select(p => KeyValuePair.Create(p.Key, Example(p.Value))));
        if (schema.Types.HasFlag(JsonTypes.Array))
            return new JsonArray(Example(schema.Items!), schema.UniqueItems ? Other(schema.Items!) : Example(schema.Items!));
        if (schema.Types.HasFlag(JsonTypes.String))
            return schema.Pattern switch
            {
                SchemaErrorMessage.SlugPattern => "an-id",
                SchemaErrorMessage.DatePattern => "2024-03-29",
                null or SchemaErrorMessage.NonEmptyPattern => "some text",
                "^[0-9a-f]{8}$" => "0123abcd",
                "^https?://\\S+$" or "^https?://\\S+[^/]$" => "https://example.org/a",
                "^\\S$" => "厚",
                var other => throw new InvalidOperationException($"no example for the pattern {other}; add one here"),
            };
        if (schema.Types.HasFlag(JsonTypes.Integer)) return (long)(schema.Minimum ?? 1) + 1;
        throw new InvalidOperationException($"no example for the type {schema.Types}");
    }

    /// <summary>A second entry for a list whose entries must differ.</summary>
    private static JsonNode? Other(Schema item) => Example(item) is JsonValue v && SourceMap.Text(v) is { } text
        ? text + (item.Pattern == SchemaErrorMessage.SlugPattern ? "-2" : " 2")
        : throw new InvalidOperationException("no second example for a list of unique entries that are not texts");

    private static IEnumerable<(string Path, JsonNode? Value)> Leaves(JsonNode? node, string path) => node switch
    {
        JsonObject o => o.SelectMany(p => Leaves(p.Value, JsonPath.Property(path, p.Key))),
        JsonArray a => a.SelectMany((v, i) => Leaves(v, JsonPath.Index(path, i))),
        _ => [(path, node)],
    };

    private static JsonNode? At(JsonNode? node, string path)
    {
        foreach (var part in path.Replace("[", ".[").Split('.', StringSplitOptions.RemoveEmptyEntries))
            node = part.StartsWith('[') ? (node as JsonArray)?[int.Parse(part[1..^1])] : (node as JsonObject)?[part];
        return node;
    }

    /// <summary>Equal as YAML would write them: a year written 2040 is the date "2040".</summary>
    private static bool Same(JsonNode? written, JsonNode? read) =>
        (SourceMap.Text(written) ?? written?.ToJsonString()) == (SourceMap.Text(read) ?? read?.ToJsonString());

    private sealed class DateAsText : JsonConverter<PartialDate>
    {
        public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
