namespace CorpusGenerator.Vocabulary;

/// <summary>Which side of a topic an issue raises: application, safety, cost, people ...</summary>
public static class Aspects
{
    public static readonly IReadOnlyList<Phrase> All =
    [
        new("実用化", "practical application", "practical-application"),
        new("安全性評価", "safety assessment", "safety-assessment"),
        new("品質評価手法の標準化", "standardisation of quality assessment methods", "quality-standards"),
        new("製造コストの低減", "reduction of manufacturing costs", "cost-reduction"),
        new("国際展開", "international expansion", "international-expansion"),
        new("専門人材の育成", "training of specialists", "specialist-training"),
        new("研究基盤の整備", "development of research infrastructure", "research-infrastructure"),
        new("規制上の課題の整理", "clarification of regulatory issues", "regulatory-issues"),
        new("データの利活用", "use of data", "data-use"),
        new("知的財産の確保", "protection of intellectual property", "intellectual-property"),
        new("産学連携", "collaboration between industry and academia", "industry-academia"),
        new("早期の臨床応用", "early clinical application", "early-clinical-use"),
        new("有効性の検証", "verification of efficacy", "efficacy"),
        new("安定供給体制の構築", "establishment of a stable supply", "stable-supply"),
    ];
}
