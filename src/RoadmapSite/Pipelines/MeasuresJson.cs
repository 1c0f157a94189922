using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using RoadmapSite.Content.Model;

namespace RoadmapSite.Pipelines;

/// <summary>
/// The shape of <c>data/measures.json</c>, written by serialisers generated at compile time:
/// System.Text.Json's reflection-based ones emit code at run time and took 55–70 ms to start (in a
/// program of their own), in every build.
/// </summary>
internal sealed record MeasuresFile(SourceTitle Source, IEnumerable<MeasureEntry> Measures);

/// <summary>The source's title in the shape the file has always had, so consumers see no change.</summary>
internal sealed record SourceTitle(string Ja, string? En, string? EnFrom, bool TranslationOutdated);

/// <summary>A pending translation is <c>en: null</c>: the data says there is no English yet rather than pass the Japanese off as it.</summary>
internal sealed record TextPair(string Ja, string? En);

internal sealed record MeasureEntry(
    string Id,
    string Number,
    string Item,
    IssueEntry Issue,
    TextPair Summary,
    IEnumerable<ActionEntry> Actions,
    IReadOnlyList<string> Ministries,
    Mentions Mentions,
    LanguageLinks Permalinks);

internal sealed record IssueEntry(string Id, TextPair Text);

internal sealed record ActionEntry(TextPair Text, IReadOnlyList<string> Ministries, StatusEntry? Status);

internal sealed record StatusEntry(string State, string Evidence);

internal sealed record LanguageLinks(string Ja, string En);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(MeasuresFile))]
internal sealed partial class MeasuresJson : JsonSerializerContext
{
    /// <summary>JSON is data, never inlined into HTML, so Japanese can stay readable.</summary>
    public static MeasuresJson Readable { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
