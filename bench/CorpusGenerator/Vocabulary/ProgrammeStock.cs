namespace CorpusGenerator.Vocabulary;

/// <summary>A programme name pattern: <c>{t}</c> is a topic; <see cref="Kind"/> is the record's kind.</summary>
public sealed record ProgrammePattern(string Ja, string En, string Slug, string Kind);

/// <summary>Programme names: topic × pattern, then the same with a phase number.</summary>
public static class ProgrammeStock
{
    public static readonly IReadOnlyList<ProgrammePattern> Patterns =
    [
        new("{t}実用化研究事業", "Research Programme for the Practical Application of {t}", "practical-research", "programme"),
        new("{t}産業化促進事業", "Project to Promote the Industrialisation of {t}", "industrialisation", "project"),
        new("{t}製造基盤整備補助金", "Subsidy for Manufacturing Infrastructure for {t}", "manufacturing-subsidy", "subsidy"),
        new("{t}研究開発予算", "Research and Development Budget for {t}", "rd-budget", "budget"),
        new("{t}国際展開戦略", "International Expansion Strategy for {t}", "international-strategy", "strategy"),
        new("{t}人材育成プログラム", "Specialist Training Programme for {t}", "training", "programme"),
        new("{t}臨床研究推進事業", "Clinical Research Promotion Programme for {t}", "clinical-promotion", "programme"),
        new("{t}基盤技術開発プロジェクト", "Platform Technology Development Project for {t}", "platform-technology", "project"),
    ];

    /// <summary>The n-th programme: its topic, its pattern and its phase (1 for the first round).</summary>
    public static (Phrase Topic, ProgrammePattern Pattern, int Phase) At(int n)
    {
        var topics = Topics.All;
        var topic = topics[n % topics.Count];
        var pattern = Patterns[n / topics.Count % Patterns.Count];
        var phase = 1 + n / (topics.Count * Patterns.Count);
        return (topic, pattern, phase);
    }
}
