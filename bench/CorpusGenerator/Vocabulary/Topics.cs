namespace CorpusGenerator.Vocabulary;

/// <summary>What an issue and its measure are about: products, technologies, infrastructure.</summary>
public static class Topics
{
    public static readonly IReadOnlyList<Phrase> All =
    [
        new("iPS細胞由来の細胞製品", "cell products derived from induced pluripotent stem (iPS) cells", "ips-cell-products"),
        new("再生医療等製品", "regenerative medicine products", "regenerative-products"),
        new("遺伝子治療用ベクター", "gene therapy vectors", "gene-therapy-vectors"),
        new("体性幹細胞を用いた治療", "therapies using somatic stem cells", "somatic-stem-cells"),
        new("免疫細胞療法", "immune cell therapies", "immune-cell-therapies"),
        new("ゲノム編集治療", "genome editing therapies", "genome-editing"),
        new("オルガノイドを用いた研究", "research using organoids", "organoid-research"),
        new("細胞培養加工施設", "cell processing facilities", "cell-processing-facilities"),
        new("臓器再生技術", "organ regeneration technologies", "organ-regeneration"),
        new("希少疾患に対する遺伝子治療", "gene therapies for rare diseases", "rare-disease-gene-therapy"),
        new("細胞製造の自動化技術", "automated cell manufacturing technologies", "automated-manufacturing"),
        new("非臨床評価系", "non-clinical evaluation systems", "non-clinical-evaluation"),
        new("臨床研究の実施体制", "the organisation of clinical research", "clinical-research-organisation"),
        new("疾患特異的iPS細胞を用いた創薬研究", "drug discovery using disease-specific iPS cells", "disease-ips-drug-discovery"),
        new("他家細胞バンク", "allogeneic cell banks", "allogeneic-cell-banks"),
        new("ウイルスベクターの製造", "viral vector manufacturing", "viral-vector-manufacturing"),
        new("細胞の品質管理", "quality control of cells", "cell-quality-control"),
        new("研究用試薬・資材", "research reagents and materials", "research-reagents"),
        new("原材料の国内供給", "the domestic supply of raw materials", "raw-material-supply"),
        new("in vivo遺伝子治療", "in vivo gene therapies", "in-vivo-gene-therapy"),
    ];
}
