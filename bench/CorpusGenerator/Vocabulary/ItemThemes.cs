namespace CorpusGenerator.Vocabulary;

/// <summary>What a 項目 (chapter) covers; past the list, a theme repeats with a part number.</summary>
public static class ItemThemes
{
    public static readonly IReadOnlyList<Phrase> All =
    [
        new("再生・細胞医療", "regenerative and cell medicine", "regenerative-cell-medicine"),
        new("遺伝子治療", "gene therapy", "gene-therapy"),
        new("再生・細胞医療・遺伝子治療の共通基盤", "shared infrastructure for regenerative, cell and gene therapy", "shared-infrastructure"),
        new("製造・品質管理", "manufacturing and quality control", "manufacturing-quality"),
        new("薬事規制・制度", "regulation and institutional frameworks", "regulation"),
        new("人材育成", "workforce development", "workforce"),
        new("産業化・国際展開", "industrialisation and international expansion", "industrialisation"),
        new("臨床研究・治験", "clinical research and clinical trials", "clinical-research"),
        new("データ基盤", "data infrastructure", "data-infrastructure"),
        new("創薬応用", "drug discovery applications", "drug-discovery"),
    ];
}
