using System.Text.Json.Serialization;

namespace RoadmapSite.Tests.Validity;

/// <summary>One message of the Nu HTML Checker's JSON output (its "messages" array).</summary>
public sealed record VnuMessage(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("subType")] string? SubType,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("lastLine")] int? LastLine,
    [property: JsonPropertyName("firstColumn")] int? FirstColumn,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("extract")] string? Extract)
{
    /// <summary>"error" is invalid HTML; "non-document-error" means a file could not be checked at all.</summary>
    public bool IsError => Type is "error" or "non-document-error";

    public bool IsWarning => Type == "info" && SubType == "warning";

    /// <summary>file:line:column: message, with the file relative to the checked folder.</summary>
    public string Describe(string folder)
    {
        // vnu names files as "file:/absolute/path", percent-encoded, which System.Uri cannot parse.
        var file = Url is null ? "(no file)"
            : Path.GetRelativePath(folder, Uri.UnescapeDataString(Url.StartsWith("file:", StringComparison.Ordinal) ? Url["file:".Length..] : Url));
        return $"{file}:{LastLine}:{FirstColumn}: {Message}";
    }
}
