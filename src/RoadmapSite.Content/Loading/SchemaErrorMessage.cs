using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using RoadmapSite.Content.Checking;

namespace RoadmapSite.Content.Loading;

/// <summary>
/// Rewrites an NJsonSchema validation error as a message for an editor, at the line and column
/// of the offending field. The schemas' patterns carry meaning (an id, a date, non-empty text),
/// so a pattern failure is explained by which of those it is.
/// </summary>
public static class SchemaErrorMessage
{
    /// <summary>The schemas' shared patterns, recognised so their failures get a specific message.</summary>
    public const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public const string NonEmptyPattern = "\\S";
    public const string DatePattern = "^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|FY[0-9]{4})$";

    public static Diagnostic ToDiagnostic(InputFile file, ValidationError error, SourceMap map)
    {
        var path = Normalise(error.Path);
        var field = JsonPath.LastField(path);
        var value = map.Token(path);
        var shown = Show(value);
        var schema = error.Schema?.ActualSchema;
        Diagnostic At(Position p, string message) => Diagnostic.Error(file.DisplayPath, p.Line, p.Column, message);

        // A text that may also be null (en: ~, "type": ["string", "null"]) reports an empty string
        // as matching none of its types rather than as failing its non-empty pattern; say what it is.
        if (schema?.Pattern == NonEmptyPattern && value is { Type: JTokenType.String } && string.IsNullOrWhiteSpace(value.ToString()))
            return At(map.Value(path), $"'{field}' is empty; {WhatToWrite(field)}");

        switch (error.Kind)
        {
            case ValidationErrorKind.NoAdditionalPropertiesAllowed:
            {
                var name = error.Property ?? field;
                if (name.Contains(' ') || !name.All(char.IsAscii))
                    return At(map.Field(path),
                        $"'{Shorten(name)}' is read as a field name: inside {{ }} a comma or ': ' ends the text; put the whole text in quotes");
                var known = schema is null ? [] : SchemaSet.PropertyNames(schema).ToList();
                var hint = DidYouMean.Closest(name, known) is { } match
                    ? $" (did you mean '{match}'?)"
                    : known.Count > 0 ? $"; the fields allowed here are: {string.Join(", ", known)}" : "";
                return At(map.Field(path), $"unknown field '{name}'{hint}");
            }
            case ValidationErrorKind.PropertyRequired:
            {
                var name = error.Property ?? field;
                var parent = path.EndsWith(name, StringComparison.Ordinal) ? JsonPath.Parent(path) : path;
                var where = parent.Length == 0 ? $"{Article(file.Type.Name)} {file.Type.Name} record"
                    : parent.EndsWith(']') ? $"each entry of '{JsonPath.LastField(parent)}'"
                    : $"'{JsonPath.LastField(parent)}'";
                return At(map.Value(parent), $"{where} needs the field '{name}'; add it (see input/README.md)");
            }
            case ValidationErrorKind.PatternMismatch when schema?.Pattern == SlugPattern:
                return At(map.Value(path),
                    $"{shown} is not a valid id: use lowercase letters a-z, digits and single hyphens, such as 'ips-organ-targets'");
            case ValidationErrorKind.PatternMismatch when schema?.Pattern == NonEmptyPattern:
            case ValidationErrorKind.StringTooShort:
                return At(map.Value(path), $"'{field}' is empty; {WhatToWrite(field)}");
            case ValidationErrorKind.PatternMismatch when schema?.Pattern == DatePattern:
            case ValidationErrorKind.NoTypeValidates when IsDate(schema):
                return At(map.Value(path), $"{shown} is not a date; write 2024-03-29, 2024-02, 2040 or FY2024");
            case ValidationErrorKind.PatternMismatch:
                // The schema's description says the form in words; the pattern is for machines.
                return At(map.Value(path), string.IsNullOrEmpty(schema?.Description)
                    ? $"'{field}' {shown} is not in the expected form ({schema?.Pattern})"
                    : $"'{field}' {shown} is not in the expected form: {schema.Description.TrimEnd('.')}");
            case ValidationErrorKind.NotInEnumeration:
            {
                var allowed = schema?.Enumeration.Select(e => e?.ToString() ?? "").ToList() ?? [];
                return At(map.Value(path),
                    $"'{field}' cannot be {shown}; use one of: {string.Join(", ", allowed)}{DidYouMean.Suffix(value?.ToString() ?? "", allowed)}");
            }
            case ValidationErrorKind.TooFewItems:
                return At(map.Value(path), $"'{field}' needs at least {schema?.MinItems ?? 1} entr{(schema?.MinItems > 1 ? "ies" : "y")}");
            case ValidationErrorKind.ItemsNotUnique:
                return At(map.Value(path), $"'{field}' lists the same entry twice; keep one");
            case ValidationErrorKind.StringExpected:
            case ValidationErrorKind.IntegerExpected:
            case ValidationErrorKind.NumberExpected:
            case ValidationErrorKind.BooleanExpected:
            case ValidationErrorKind.ObjectExpected:
            case ValidationErrorKind.ArrayExpected:
            case ValidationErrorKind.NoTypeValidates:
                return At(map.Value(path), $"'{field}' should be {Expected(schema, field)}, but it is {Describe(value)}");
            case ValidationErrorKind.NumberTooSmall:
            case ValidationErrorKind.NumberTooBig:
                return At(map.Value(path), $"'{field}' is {shown}, outside the allowed range {schema?.Minimum}–{schema?.Maximum}");
            default:
                return At(map.Value(path), $"'{field}' is not valid here ({error.Kind})");
        }
    }

    /// <summary>NJsonSchema writes <c>#/actions[0].text</c>; the source map uses <c>actions[0].text</c>.</summary>
    private static string Normalise(string? path) =>
        path is null ? "" : path.StartsWith("#/", StringComparison.Ordinal) ? path[2..] : path.TrimStart('#');

    private static bool IsDate(JsonSchema? schema) => schema?.Pattern == DatePattern
        || schema?.OneOf.Concat(schema.AnyOf).Any(s => s.ActualSchema.Pattern == DatePattern) == true;

    private static string WhatToWrite(string field) => field switch
    {
        "ja" => "write the Japanese text",
        "en" => "write the English translation",
        _ => "write a value or remove the field",
    };

    private static string Expected(JsonSchema? schema, string field)
    {
        if (schema is null) return "something else";
        var type = schema.Type;
        if (type.HasFlag(JsonObjectType.Object) && schema.ActualProperties.ContainsKey("ja"))
            return "a text in both languages, { ja: ..., en: ... }";
        if (type.HasFlag(JsonObjectType.Object)) return "a group of fields";
        if (type.HasFlag(JsonObjectType.Array)) return $"a list, such as [a, b] or lines starting with '- '";
        if (type.HasFlag(JsonObjectType.Integer)) return "a whole number";
        if (type.HasFlag(JsonObjectType.Number)) return "a number";
        if (type.HasFlag(JsonObjectType.Boolean)) return "true or false";
        if (type.HasFlag(JsonObjectType.String)) return field == "id" ? "an id such as 'ips-organ-targets'" : "a text";
        return "something else";
    }

    private static string Describe(JToken? value) => value?.Type switch
    {
        JTokenType.Object => "a group of fields",
        JTokenType.Array => "a list",
        JTokenType.Integer or JTokenType.Float => $"the number {value}",
        JTokenType.Boolean => $"{value.ToString().ToLowerInvariant()}",
        JTokenType.Null or null => "empty",
        _ => $"the text '{Shorten(value.ToString())}'",
    };

    private static string Show(JToken? value) => value?.Type switch
    {
        JTokenType.String => $"'{Shorten(value.ToString())}'",
        _ => Describe(value),
    };

    private static string Article(string noun) => "aeiou".Contains(noun[0]) ? "an" : "a";

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
