using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;
using RoadmapSite.Content.Model;

namespace RoadmapSite.Content.Loading;

/// <summary>
/// Turns a record's JSON (already shaped by its schema) into the immutable model. YAML field
/// names are snake_case (<c>major_issue</c>), model properties PascalCase (<c>MajorIssue</c>).
/// </summary>
public static class RecordDeserializer
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new SnakeCaseNamingStrategy() },
        Converters = { new StringEnumConverter(), new PartialDateJsonConverter() },
        MissingMemberHandling = MissingMemberHandling.Ignore,
        // The default (Auto) fills in existing values, which would write into shared defaults
        // such as Mentions.None; always build new ones.
        ObjectCreationHandling = ObjectCreationHandling.Replace,
        // Dates such as 2024-03-29 stay text for PartialDate to parse; never DateTime.
        DateParseHandling = DateParseHandling.None,
    });

    public static Record Deserialize(JToken json, RecordType type, string file)
    {
        var record = (Record?)json.ToObject(type.ModelType, Serializer)
            ?? throw new JsonSerializationException($"{file}: the record is empty");
        return record with { File = file };
    }
}
