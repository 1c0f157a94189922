using RoadmapSite.Content.Loading;
using RoadmapSite.Content.Model;

namespace RoadmapSite.Content.Checking;

/// <summary>
/// Translations that stay true: where an English text records which Japanese it translates
/// (<c>en_from</c>) and the Japanese has changed since, warn with both texts' locations.
/// </summary>
public sealed class OutdatedTranslations : IRecordRule
{
    public void Check(LoadedRecord record, ICollection<Diagnostic> diagnostics)
    {
        foreach (var (path, token) in record.Map.Values)
        {
            if (JsonPath.LastField(path) != "en_from") continue;
            var text = JsonPath.Parent(path);
            // A pending English (en: ~) cannot be out of date; PendingTranslations speaks about its en_from.
            if (record.Map.Text(JsonPath.Property(text, "en")) is null) continue;
            var ja = record.Map.Text(JsonPath.Property(text, "ja"));
            if (ja is null || SourceMap.Text(token) == Bilingual.Fingerprint(ja)) continue;
            var jaAt = record.Map.Value(JsonPath.Property(text, "ja"));
            var enAt = record.Map.Value(JsonPath.Property(text, "en"));
            diagnostics.Add(Diagnostic.Warning(record.File, enAt.Line, enAt.Column,
                $"the Japanese text (line {jaAt.Line}) has changed since this English was translated from it; " +
                $"update the English to match, then set en_from: {Bilingual.Fingerprint(ja)}"));
        }
    }
}
