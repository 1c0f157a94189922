namespace CorpusGenerator.Vocabulary;

/// <summary>A glossary entry before it gets an id: name, optional expansion, definition.</summary>
public sealed record TermEntry(string NameJa, string NameEn, string? ExpansionJa, string? ExpansionEn, string Slug, string DefinitionJa, string DefinitionEn);

/// <summary>
/// Real glossary terms of the field, then the same terms with a qualifier (次世代AAV ...) so a
/// large corpus gets as many distinct terms as it needs.
/// </summary>
public static class TermStock
{
    public static readonly IReadOnlyList<TermEntry> Base =
    [
        new("MPS", "MPS", "ヒト生体模倣システム", "microphysiological system", "mps", "ヒトの臓器の機能を模倣した細胞培養系", "a cell culture system that mimics the function of human organs"),
        new("AAV", "AAV", "アデノ随伴ウイルス", "adeno-associated virus", "aav", "遺伝子治療のベクターとして用いられるウイルス", "a virus used as a vector in gene therapy"),
        new("CRISPR-Cas9", "CRISPR-Cas9", null, null, "crispr-cas9", "標的とする遺伝子配列を切断するゲノム編集技術", "a genome editing technique that cuts a targeted DNA sequence"),
        new("GMP", "GMP", "医薬品の製造管理及び品質管理の基準", "Good Manufacturing Practice", "gmp", "医薬品の製造と品質を管理するための基準", "the standard for managing the manufacture and quality of medicines"),
        new("GCTP", "GCTP", "再生医療等製品の製造管理及び品質管理の基準", "Good Gene, Cellular and Tissue-based Products Manufacturing Practice", "gctp", "再生医療等製品の製造と品質を管理するための基準", "the standard for managing the manufacture and quality of regenerative medicine products"),
        new("CDMO", "CDMO", "医薬品開発製造受託機関", "contract development and manufacturing organisation", "cdmo", "医薬品の開発と製造を受託する企業", "a company that develops and manufactures medicines under contract"),
        new("カルタヘナ法", "Cartagena Act", null, null, "cartagena-act", "遺伝子組換え生物等の使用等を規制する法律", "the Japanese act regulating the use of living modified organisms"),
        new("iPS細胞", "iPS cells", "人工多能性幹細胞", "induced pluripotent stem cells", "ips-cells", "体細胞に因子を導入して作製される多能性幹細胞", "pluripotent stem cells made by introducing factors into somatic cells"),
        new("ES細胞", "ES cells", "胚性幹細胞", "embryonic stem cells", "es-cells", "胚から樹立される多能性幹細胞", "pluripotent stem cells derived from an embryo"),
        new("CAR-T細胞", "CAR-T cells", "キメラ抗原受容体T細胞", "chimeric antigen receptor T cells", "car-t-cells", "がん細胞を認識するよう改変したT細胞", "T cells modified to recognise cancer cells"),
        new("ゲノム編集", "genome editing", null, null, "genome-editing", "特定の遺伝子配列を改変する技術", "techniques that change a specific DNA sequence"),
        new("レンチウイルスベクター", "lentiviral vector", null, null, "lentiviral-vector", "遺伝子を細胞の染色体に組み込むベクター", "a vector that integrates a gene into the chromosomes of a cell"),
        new("条件及び期限付承認", "conditional and time-limited approval", null, null, "conditional-approval", "有効性が推定された段階で期限を付して与える承認", "approval granted for a limited time once efficacy is presumed"),
        new("先駆け審査指定制度", "SAKIGAKE designation system", null, null, "sakigake", "革新的な医薬品の審査を優先する制度", "a scheme that gives priority review to innovative medicines"),
        new("HLA", "HLA", "ヒト白血球抗原", "human leukocyte antigen", "hla", "移植時の適合性を決める細胞表面の分子", "cell surface molecules that decide compatibility in transplantation"),
        new("オルガノイド", "organoid", null, null, "organoid", "幹細胞から作製される立体的な組織", "a three-dimensional tissue grown from stem cells"),
        new("細胞外小胞", "extracellular vesicle", null, null, "extracellular-vesicle", "細胞が分泌する膜に包まれた小さな粒子", "a small membrane-bound particle secreted by cells"),
        new("造腫瘍性", "tumorigenicity", null, null, "tumorigenicity", "細胞が腫瘍を形成する性質", "the tendency of cells to form tumours"),
        new("リアルワールドデータ", "real-world data", null, null, "real-world-data", "日常診療で得られる医療データ", "medical data collected in routine care"),
        new("ドラッグ・ロス", "drug loss", null, null, "drug-loss", "海外で承認された医薬品が国内で開発されない状況", "the situation in which medicines approved abroad are never developed in Japan"),
        new("製造販売承認", "marketing approval", null, null, "marketing-approval", "医薬品等を製造し販売するための承認", "approval to manufacture and sell a medicine or medical product"),
        new("再生医療等安全性確保法", "Act on the Safety of Regenerative Medicine", null, null, "regenerative-safety-act", "再生医療等の安全性を確保するための法律", "the act that secures the safety of regenerative medicine"),
        new("医薬品医療機器等法", "Pharmaceuticals and Medical Devices Act", null, null, "pmd-act", "医薬品や医療機器の品質と安全性を定める法律", "the act governing the quality and safety of medicines and medical devices"),
        new("自動培養装置", "automated culture system", null, null, "automated-culture-system", "細胞培養を自動で行う装置", "equipment that cultures cells automatically"),
        new("セルバンク", "cell bank", null, null, "cell-bank", "品質を確認した細胞を保存する仕組み", "a store of cells whose quality has been verified"),
    ];

    public static readonly IReadOnlyList<Phrase> Qualifiers =
    [
        new("次世代", "next-generation", "next-gen"),
        new("国産", "domestically produced", "domestic"),
        new("高品質", "high-quality", "high-quality"),
        new("汎用型", "general-purpose", "general-purpose"),
        new("臨床グレード", "clinical-grade", "clinical-grade"),
        new("標準化", "standardised", "standardised"),
        new("大規模", "large-scale", "large-scale"),
        new("低コスト", "low-cost", "low-cost"),
        new("改変型", "modified", "modified"),
        new("統合型", "integrated", "integrated"),
        new("小型", "compact", "compact"),
        new("高効率", "high-efficiency", "high-efficiency"),
    ];

    /// <summary>The n-th term: first the base list, then qualifier × base.</summary>
    public static TermEntry At(int n)
    {
        if (n < Base.Count) return Base[n];
        var k = n - Base.Count;
        var b = Base[k % Base.Count];
        var q = Qualifiers[k / Base.Count % Qualifiers.Count];
        var round = k / (Base.Count * Qualifiers.Count);
        var suffixJa = round == 0 ? "" : $"（第{round + 1}世代）";
        var suffixEn = round == 0 ? "" : $" (generation {round + 1})";
        var suffixSlug = round == 0 ? "" : $"-g{round + 1}";
        return new(q.Ja + b.NameJa + suffixJa, q.En + " " + b.NameEn + suffixEn, null, null,
            q.Slug + "-" + b.Slug + suffixSlug,
            q.Ja + "の" + b.DefinitionJa, "a " + q.En + " variant of " + b.NameEn + ": " + b.DefinitionEn);
    }
}
