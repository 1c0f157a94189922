using RoadmapSite.Content.Loading;
using RoadmapSite.Tests.Infrastructure;
using Xunit;

namespace RoadmapSite.Tests.Content;

/// <summary>
/// check applies the keywords the handbook's schemas use; a schema that needs any other would be
/// enforced by editors' YAML extensions and silently not by check, so it is refused, by name.
/// </summary>
public class SchemaReaderTests
{
    [Fact]
    public void Every_schema_of_the_handbook_can_be_applied()
    {
        foreach (var type in RecordType.All)
            SchemaReader.Read(File.ReadAllText(RepoRoot.Combine($"input/schemas/{type.SchemaFile}")));
    }

    [Fact]
    public void A_schema_with_a_keyword_check_does_not_apply_stops_every_file_it_checks()
    {
        using var input = new FixtureInput();
        var schema = input.PathOf("schemas/term.schema.json");
        File.WriteAllText(schema, File.ReadAllText(schema).Replace("\"type\": \"string\",\n      \"pattern\": \"\\\\S\"", "\"type\": \"string\",\n      \"maxLength\": 200,\n      \"pattern\": \"\\\\S\""));
        Assert.Contains("maxLength", File.ReadAllText(schema));

        var result = HandbookLoader.Load(input.Input, input.Root);

        Assert.Null(result.Handbook);
        var problem = Assert.Single(result.Diagnostics, d => d.File == "input/terms/mps.yml");
        Assert.Equal(1, problem.Line);
        Assert.Contains("its schema input/schemas/term.schema.json cannot be used: it uses the keyword 'maxLength' at 'definitions.text', which check does not apply", problem.Message);
    }

    [Theory]
    [InlineData("{ \"type\": \"object\", ", "not valid JSON")]
    [InlineData("{ \"oneOf\": [] }", "it uses the keyword 'oneOf' at the top")]
    [InlineData("{ \"properties\": { \"id\": { \"$ref\": \"#/definitions/slug\" } } }", "'$ref' at 'properties.id' names '#/definitions/slug', which is not a definition in this file")]
    [InlineData("{ \"type\": \"text\" }", "'type' at the top names 'text', which is not a JSON type")]
    [InlineData("{ \"pattern\": \"[a-\" }", "'pattern' at the top is not a regular expression")]
    [InlineData("{ \"additionalProperties\": { \"type\": \"string\" } }", "'additionalProperties' other than true or false")]
    public void A_schema_it_cannot_apply_is_refused_saying_why(string schema, string reason)
    {
        var e = Assert.Throws<SchemaReader.InvalidSchemaException>(() => SchemaReader.Read(schema));
        Assert.Contains(reason, e.Message);
    }
}
