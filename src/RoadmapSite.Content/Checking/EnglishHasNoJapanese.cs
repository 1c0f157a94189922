using RoadmapSite.Content.Loading;

namespace RoadmapSite.Content.Checking;

/// <summary>
/// English texts must be translated. A short Japanese name in brackets is fine ("the Cartagena
/// Act (カルタヘナ法)"); a longer run of Japanese, or one with Japanese punctuation, is a
/// sentence left untranslated.
/// </summary>
public sealed class EnglishHasNoJapanese : IRecordRule
{
    /// <summary>Longest run of Japanese characters allowed in English: a name, not a sentence.</summary>
    public const int MaxRun = 12;

    public void Check(LoadedRecord loaded, ICollection<Diagnostic> diagnostics)
    {
        foreach (var (path, token) in loaded.Map.Values)
        {
            if (!IsEnglish(path) || SourceMap.Text(token) is not { } text) continue;
            if (UntranslatedRun(text) is { } run)
                diagnostics.Add(loaded.Error(path,
                    $"the English text contains untranslated Japanese '{(run.Length > 30 ? run[..30] + "…" : run)}'; translate it"));
        }
    }

    /// <summary><c>x.en</c>, and <c>forms.en[0]</c> (the English spellings of a term).</summary>
    private static bool IsEnglish(string path) =>
        path == "en" || path.EndsWith(".en", StringComparison.Ordinal) || path.Contains(".en[", StringComparison.Ordinal);

    public static string? UntranslatedRun(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && IsJapanese(text[i]))
            {
                if (start < 0) start = i;
                continue;
            }
            if (start < 0) continue;
            var run = text[start..i];
            if (run.Length > MaxRun || run.Any(c => c is '。' or '、')) return run;
            start = -1;
        }
        return null;
    }

    /// <summary>Kana, kanji and Japanese punctuation; full-width Latin and digits are not counted.</summary>
    private static bool IsJapanese(char c) =>
        c is >= '\u3040' and <= '\u30FF' // hiragana, katakana
            or >= '\u3400' and <= '\u4DBF' // CJK extension A
            or >= '\u4E00' and <= '\u9FFF' // CJK unified ideographs
            or >= '\u3000' and <= '\u303F'; // Japanese punctuation (、。「」)
}
