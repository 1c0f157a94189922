using RoadmapSite.Content.Loading;

namespace RoadmapSite.Content.Checking;

/// <summary>
/// Records not yet translated: <c>en: ~</c> publishes a record before its English is ready, and
/// the English page shows the Japanese. That is allowed, so it is a warning at each such English
/// line, never an error; but an empty <c>en:</c> may be a slip rather than a choice, so only the
/// explicit null counts, and <c>en_from</c> beside it describes an English that does not exist.
/// </summary>
public sealed class PendingTranslations : IRecordRule
{
    public void Check(LoadedRecord loaded, ICollection<Diagnostic> diagnostics)
    {
        foreach (var path in NullEnglish(loaded.Map))
        {
            if (loaded.Map.IsBlank(path))
            {
                diagnostics.Add(loaded.Error(path,
                    "'en' has no text; write the English translation, or write en: ~ to publish the Japanese on the English page until it is translated"));
                continue;
            }
            diagnostics.Add(loaded.Warning(path,
                "English translation pending (en: ~); until it is written, the English page shows the Japanese"));
            var enFrom = JsonPath.Property(JsonPath.Parent(path), "en_from");
            if (loaded.Map.Token(enFrom) is not null)
                diagnostics.Add(loaded.Warning(enFrom,
                    "en_from describes the English, and there is none yet (en: ~); remove it, and set it again when the English is written"));
        }
    }

    /// <summary>The paths of the texts whose English is pending (<c>en: ~</c>), in file order.</summary>
    public static IEnumerable<string> Pending(SourceMap map) => NullEnglish(map).Where(p => !map.IsBlank(p));

    /// <summary>The schema allows null only for a bilingual text's <c>en</c>.</summary>
    private static IEnumerable<string> NullEnglish(SourceMap map) =>
        map.Values.Where(v => v.Value is null && JsonPath.LastField(v.Key) == "en").Select(v => v.Key);
}
