using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoadmapSite.Theme.Text;

/// <summary>One CSL-JSON item, with the field names the format spells (<c>container-title</c>, <c>URL</c>).</summary>
internal sealed record CslItem(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("container-title")] string ContainerTitle,
    [property: JsonPropertyName("author")] IReadOnlyList<CslName> Author,
    [property: JsonPropertyName("URL")] string Url,
    [property: JsonPropertyName("issued")] CslDate Issued,
    [property: JsonPropertyName("language")] string Language);

internal sealed record CslName([property: JsonPropertyName("literal")] string Literal);

internal sealed record CslDate([property: JsonPropertyName("date-parts")] int[][] DateParts);

/// <summary>
/// Serialisers generated at compile time: every measure page shows its citation, so this is the
/// first JSON a build writes, and the reflection-based serialiser took 55–70 ms to start.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(CslItem[]))]
internal sealed partial class CslJson : JsonSerializerContext
{
    /// <summary>Shown as text on the page (Razor encodes it there) and copied as is, so Japanese stays readable.</summary>
    public static CslJson Readable { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
