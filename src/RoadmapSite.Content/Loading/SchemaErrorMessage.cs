using System.Text.Json.Nodes;
using RoadmapSite.Content.Checking;

namespace RoadmapSite.Content.Loading;

/// <summary>
/// Rewrites a <see cref="SchemaViolation"/> as a message for an editor, at the line and column
/// of the offending field. The schemas' patterns carry meaning (an id, a date, non-empty text),
/// so a pattern failure is explained by which of those it is.
/// </summary>
public static class SchemaErrorMessage
{
    /// <summary>The schemas' shared patterns, recognised so their failures get a specific message.</summary>
    public const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public const string NonEmptyPattern = "\\S";
    public const string DatePattern = "^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|FY[0-9]{4})$";

    public static Diagnostic ToDiagnostic(InputFile file, SchemaViolation violation, SourceMap map)
    {
        var path = violation.Path;
        var field = JsonPath.LastField(path);
        var value = map.Token(path);
        var shown = Show(value);
        var schema = violation.Schema;
        Diagnostic At(Position p, string message) => Diagnostic.Error(file.DisplayPath, p.Line, p.Column, message);

        switch (violation.Kind)
        {
            case SchemaViolationKind.UnknownField:
            {
                var name = violation.Field!;
                if (name.Contains(' ') || !name.All(char.IsAscii))
                    return At(map.Field(path),
                        $"'{Shorten(name)}' is read as a field name: inside {{ }} a comma or ': ' ends the text; put the whole text in quotes");
                var known = schema.PropertyNames.ToList();
                var hint = DidYouMean.Closest(name, known) is { } match
                    ? $" (did you mean '{match}'?)"
                    : known.Count > 0 ? $"; the fields allowed here are: {string.Join(", ", known)}" : "";
                return At(map.Field(path), $"unknown field '{name}'{hint}");
            }
            case SchemaViolationKind.MissingField:
            {
                var where = path.Length == 0 ? $"{Article(file.Type.Name)} {file.Type.Name} record"
                    : path.EndsWith(']') ? $"each entry of '{field}'"
                    : $"'{field}'";
                return At(map.Value(path), $"{where} needs the field '{violation.Field}'; add it (see input/README.md)");
            }
            case SchemaViolationKind.PatternMismatch when schema.Pattern == SlugPattern:
                return At(map.Value(path),
                    $"{shown} is not a valid id: use lowercase letters a-z, digits and single hyphens, such as 'ips-organ-targets'");
            case SchemaViolationKind.PatternMismatch when schema.Pattern == NonEmptyPattern:
                return At(map.Value(path), $"'{field}' is empty; {WhatToWrite(field)}");
            case SchemaViolationKind.PatternMismatch when schema.Pattern == DatePattern:
            case SchemaViolationKind.WrongType when schema.Pattern == DatePattern:
                return At(map.Value(path), $"{shown} is not a date; write 2024-03-29, 2024-02, 2040 or FY2024");
            case SchemaViolationKind.PatternMismatch:
                // The schema's description says the form in words; the pattern is for machines.
                return At(map.Value(path), string.IsNullOrEmpty(schema.Description)
                    ? $"'{field}' {shown} is not in the expected form ({schema.Pattern})"
                    : $"'{field}' {shown} is not in the expected form: {schema.Description.TrimEnd('.')}");
            case SchemaViolationKind.NotInEnum:
            {
                var allowed = schema.Enum?.Select(e => SourceMap.Text(e) ?? e?.ToJsonString() ?? "").ToList() ?? [];
                return At(map.Value(path),
                    $"'{field}' cannot be {shown}; use one of: {string.Join(", ", allowed)}{DidYouMean.Suffix(SourceMap.Text(value) ?? "", allowed)}");
            }
            case SchemaViolationKind.TooFewItems:
                return At(map.Value(path), $"'{field}' needs at least {schema.MinItems ?? 1} entr{(schema.MinItems > 1 ? "ies" : "y")}");
            case SchemaViolationKind.DuplicateItems:
                return At(map.Value(path), $"'{field}' lists the same entry twice; keep one");
            case SchemaViolationKind.WrongType when path.Length == 0:
                return At(map.Value(path),
                    $"{Article(file.Type.Name)} {file.Type.Name} record is a group of fields, one per line ('id: ...'), but this file holds {Describe(value)}; see input/README.md");
            case SchemaViolationKind.WrongType:
                return At(map.Value(path), $"'{field}' should be {Expected(schema, field)}, but it is {Describe(value)}");
            case SchemaViolationKind.TooSmall:
                return At(map.Value(path), $"'{field}' is {shown}; it must be at least {schema.Minimum}");
            default:
                return At(map.Value(path), $"'{field}' is {shown}; it must be at most {schema.Maximum}");
        }
    }

    private static string WhatToWrite(string field) => field switch
    {
        "ja" => "write the Japanese text",
        "en" => "write the English translation",
        _ => "write a value or remove the field",
    };

    private static string Expected(Schema schema, string field)
    {
        var type = schema.Types;
        if (type.HasFlag(JsonTypes.Object) && schema.Property("ja") is not null)
            return "a text in both languages, { ja: ..., en: ... }";
        if (type.HasFlag(JsonTypes.Object)) return "a group of fields";
        if (type.HasFlag(JsonTypes.Array)) return $"a list, such as [a, b] or lines starting with '- '";
        if (type.HasFlag(JsonTypes.Integer)) return "a whole number";
        if (type.HasFlag(JsonTypes.Number)) return "a number";
        if (type.HasFlag(JsonTypes.Boolean)) return "true or false";
        if (type.HasFlag(JsonTypes.String)) return field == "id" ? "an id such as 'ips-organ-targets'" : "a text";
        return "something else";
    }

    private static string Describe(JsonNode? value) => SchemaValidator.TypeOf(value) switch
    {
        JsonTypes.Object => "a group of fields",
        JsonTypes.Array => "a list",
        JsonTypes.Integer or JsonTypes.Number => $"the number {value!.ToJsonString()}",
        JsonTypes.Boolean => value!.ToJsonString(),
        JsonTypes.Null => "empty",
        _ => $"the text '{Shorten(SourceMap.Text(value)!)}'",
    };

    private static string Show(JsonNode? value) =>
        SourceMap.Text(value) is { } text ? $"'{Shorten(text)}'" : Describe(value);

    private static string Article(string noun) => "aeiou".Contains(noun[0]) ? "an" : "a";

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
