using Newtonsoft.Json;
using RoadmapSite.Content.Model;

namespace RoadmapSite.Content.Loading;

/// <summary>Reads <c>2024-03-29</c>, <c>2024-02</c>, <c>FY2024</c> and the bare year <c>2040</c> (a YAML number).</summary>
public sealed class PartialDateJsonConverter : JsonConverter
{
    public override bool CanConvert(Type objectType) =>
        objectType == typeof(PartialDate) || objectType == typeof(PartialDate?);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null) return null;
        var text = Convert.ToString(reader.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
        return PartialDate.TryParse(text, out var date)
            ? date
            : throw new JsonSerializationException($"'{text}' is not a date (2024-03-29, 2024-02, 2040 or FY2024)");
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
        writer.WriteValue(value?.ToString());
}
