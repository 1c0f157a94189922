using RoadmapSite.Content.Loading;
using RoadmapSite.Content.Model;

namespace RoadmapSite.Content.Checking;

/// <summary>Summaries are one line in lists and link previews: at most 120 Japanese characters or 25 English words.</summary>
public sealed class SummaryLength : IRecordRule
{
    public const int MaxJapaneseCharacters = 120;
    public const int MaxEnglishWords = 25;

    public void Check(LoadedRecord loaded, ICollection<Diagnostic> diagnostics)
    {
        var summary = loaded.Record switch
        {
            Item i => i.Summary,
            Issue i => i.Summary,
            Measure m => m.Summary,
            _ => null,
        };
        if (summary is null) return;
        var characters = summary.Ja.EnumerateRunes().Count();
        if (characters > MaxJapaneseCharacters)
            diagnostics.Add(loaded.Warning("summary.ja",
                $"the Japanese summary is {characters} characters; keep it to {MaxJapaneseCharacters} or fewer"));
        // A pending translation (en: ~) has no words to count yet.
        var words = summary.En?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length ?? 0;
        if (words > MaxEnglishWords)
            diagnostics.Add(loaded.Warning("summary.en",
                $"the English summary is {words} words; keep it to {MaxEnglishWords} or fewer"));
    }
}
