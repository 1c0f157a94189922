using System.Text.Json.Nodes;
using RoadmapSite.Content.Loading;
using RoadmapSite.Tests.Infrastructure;
using Xunit;

namespace RoadmapSite.Tests.Content;

/// <summary>
/// Each schema is self-contained so editors' YAML extensions need nothing else; these tests keep
/// the copies of the shared definitions identical and the set of schemas complete.
/// </summary>
public class SchemaTests
{
    private static JsonObject Schema(RecordType type) =>
        JsonNode.Parse(File.ReadAllText(RepoRoot.Combine($"input/schemas/{type.SchemaFile}")))!.AsObject();

    [Fact]
    public void Every_record_type_has_a_draft_2020_12_schema()
    {
        foreach (var type in RecordType.All)
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)Schema(type)["$schema"]);
        Assert.Equal(RecordType.All.Count, Directory.GetFiles(RepoRoot.Combine("input/schemas"), "*.schema.json").Length);
    }

    [Fact]
    public void Shared_definitions_are_identical_in_every_schema()
    {
        var seen = new Dictionary<string, (string Schema, string Json)>();
        foreach (var type in RecordType.All)
        foreach (var (name, definition) in Schema(type)["definitions"]!.AsObject())
        {
            var json = definition!.ToJsonString();
            if (seen.TryGetValue(name, out var first))
                Assert.True(first.Json == json, $"definition '{name}' differs between {first.Schema} and {type.SchemaFile}");
            else
                seen[name] = (type.SchemaFile, json);
        }
    }

    [Fact]
    public void Records_forbid_unknown_fields()
    {
        foreach (var type in RecordType.All)
            Assert.False((bool)Schema(type)["additionalProperties"]!, type.SchemaFile);
    }
}
