using System.Text.Json;
using System.Text.Json.Serialization;
using RoadmapSite.Content.Model;

namespace RoadmapSite.Previewing;

/// <summary>
/// What of a record the Japanese pages can show: all of it but its English. When an edit leaves
/// that the same (a translator's edit), no Japanese page changes, and the preview need not render
/// them again before the whole site. English pages show the Japanese too (the original text of
/// each action), so they always follow an edit. A test changes every English text of input/ and
/// checks that no Japanese page changes, so a template that starts showing English on a Japanese
/// page is caught there.
/// </summary>
public static partial class JapaneseView
{
    // Serialisers generated at compile time: the first comparison after the preview starts takes
    // 30-47 ms, where System.Text.Json by reflection took 47-89 ms.
    private static readonly JsonSerializerOptions Options = new() { Converters = { new JapaneseOnly() }, TypeInfoResolver = RecordsJson.Default };

    public static bool Same(Record a, Record b) =>
        a.GetType() == b.GetType() && Of(a) == Of(b);

    private static string Of(Record record) => JsonSerializer.Serialize(record, record.GetType(), Options);

    [JsonSerializable(typeof(Site))]
    [JsonSerializable(typeof(Source))]
    [JsonSerializable(typeof(VisionHorizon))]
    [JsonSerializable(typeof(Overview))]
    [JsonSerializable(typeof(Item))]
    [JsonSerializable(typeof(Issue))]
    [JsonSerializable(typeof(Measure))]
    [JsonSerializable(typeof(Ministry))]
    [JsonSerializable(typeof(Programme))]
    [JsonSerializable(typeof(Institution))]
    [JsonSerializable(typeof(Term))]
    [JsonSerializable(typeof(TimelineEvent))]
    private sealed partial class RecordsJson : JsonSerializerContext;

    private sealed class JapaneseOnly : JsonConverter<Bilingual>
    {
        public override Bilingual Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("only for comparing records");

        public override void Write(Utf8JsonWriter writer, Bilingual value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Ja);
    }
}
