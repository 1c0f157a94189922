using System.Text.Json.Nodes;
using RoadmapSite.Content.Loading;
using Xunit;

namespace RoadmapSite.Tests.Content;

/// <summary>
/// The JSON Schema keywords check applies mean what they mean in an editor's YAML extension, and
/// each violation names the place an editor must look.
/// </summary>
public class SchemaValidatorTests
{
    private static readonly Schema Record = SchemaReader.Read("""
        {
          "type": "object",
          "additionalProperties": false,
          "required": ["id", "actions"],
          "properties": {
            "id": { "type": "string", "pattern": "^[a-z]+$" },
            "year": { "type": "integer", "minimum": 1900, "maximum": 2100 },
            "en": { "type": ["string", "null"], "pattern": "\\S" },
            "date": { "type": ["string", "integer"], "pattern": "^FY[0-9]{4}$" },
            "state": { "type": "string", "enum": ["done", "planned"] },
            "actions": {
              "type": "array",
              "minItems": 1,
              "items": {
                "type": "object",
                "required": ["text"],
                "properties": {
                  "text": { "type": "string" },
                  "ministries": { "type": "array", "uniqueItems": true, "items": { "type": "string" } }
                }
              }
            }
          }
        }
        """);

    private static List<(SchemaViolationKind, string, string?)> Violations(string json) =>
        SchemaValidator.Validate(JsonNode.Parse(json), Record).Select(v => (v.Kind, v.Path, v.Field)).ToList();

    [Fact]
    public void A_record_that_keeps_every_rule_has_no_violations() =>
        Assert.Empty(Violations("""{ "id": "a", "year": 2030, "en": null, "date": 2040, "state": "done", "actions": [{ "text": "t", "ministries": ["m", "n"] }] }"""));

    [Theory]
    [InlineData("""{ "id": "a", "actions": [{ "text": "t" }], "year": 2030.5 }""", SchemaViolationKind.WrongType, "year")]
    [InlineData("""{ "id": "a", "actions": [{ "text": "t" }], "year": 1800 }""", SchemaViolationKind.TooSmall, "year")]
    [InlineData("""{ "id": "a", "actions": [{ "text": "t" }], "year": 2200 }""", SchemaViolationKind.TooLarge, "year")]
    [InlineData("""{ "id": "a", "actions": [{ "text": "t" }], "en": " " }""", SchemaViolationKind.PatternMismatch, "en")]
    [InlineData("""{ "id": "a", "actions": [{ "text": "t" }], "date": true }""", SchemaViolationKind.WrongType, "date")]
    [InlineData("""{ "id": "a", "actions": [{ "text": "t" }], "date": "2040" }""", SchemaViolationKind.PatternMismatch, "date")]
    [InlineData("""{ "id": "a", "actions": [{ "text": "t" }], "state": "finished" }""", SchemaViolationKind.NotInEnum, "state")]
    [InlineData("""{ "id": "a", "actions": [] }""", SchemaViolationKind.TooFewItems, "actions")]
    [InlineData("""{ "id": "a", "actions": [{ "text": "t", "ministries": ["m", "m"] }] }""", SchemaViolationKind.DuplicateItems, "actions[0].ministries")]
    [InlineData("""{ "id": "A", "actions": [{ "text": "t" }] }""", SchemaViolationKind.PatternMismatch, "id")]
    public void Each_keyword_is_reported_at_its_value(string json, SchemaViolationKind kind, string path) =>
        Assert.Equal([(kind, path, null)], Violations(json));

    [Fact]
    public void A_missing_field_is_reported_at_the_object_that_lacks_it_and_an_unknown_one_at_itself()
    {
        Assert.Equal([(SchemaViolationKind.MissingField, "actions[1]", "text")],
            Violations("""{ "id": "a", "actions": [{ "text": "t" }, { "ministries": [] }] }"""));
        Assert.Equal([(SchemaViolationKind.UnknownField, "ministy", "ministy")],
            Violations("""{ "id": "a", "actions": [{ "text": "t" }], "ministy": [] }"""));
    }

    [Fact]
    public void A_value_of_the_wrong_type_gets_one_violation_not_one_per_rule_inside_it() =>
        Assert.Equal([(SchemaViolationKind.WrongType, "actions", null)],
            Violations("""{ "id": "a", "actions": "text" }"""));
}
