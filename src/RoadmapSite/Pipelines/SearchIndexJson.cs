using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoadmapSite.Pipelines;

/// <summary>The shape of <c>/{lang}/search/index.json</c>, which the theme's search script reads.</summary>
internal sealed record SearchIndex(IEnumerable<SearchEntry> Records);

/// <param name="Kind">Stable kind id, for styling and ranking.</param>
/// <param name="Label">The kind as the reader's language names it.</param>
/// <param name="Number">The source's display number (<c>1-1</c>) for measures and issues.</param>
internal sealed record SearchEntry(string Kind, string Label, string? Number, string Title, string Url, string Text);

/// <summary>Serialisers generated at compile time, as for <see cref="MeasuresJson"/>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SearchIndex))]
internal sealed partial class SearchIndexJson : JsonSerializerContext
{
    /// <summary>Data, fetched as JSON and never inlined into HTML, so Japanese can stay readable.</summary>
    public static SearchIndexJson Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
