namespace CorpusGenerator.Vocabulary;

/// <summary>An institution before it gets an id.</summary>
public sealed record InstitutionEntry(string NameJa, string NameEn, string? ShortJa, string? ShortEn, string Slug, string? Url);

/// <summary>Real institutions of the field, then regional ones (city × kind) for large corpora.</summary>
public static class InstitutionStock
{
    public static readonly IReadOnlyList<InstitutionEntry> Base =
    [
        new("京都大学iPS細胞研究所", "Center for iPS Cell Research and Application, Kyoto University", "CiRA", "CiRA", "cira", "https://www.cira.kyoto-u.ac.jp/"),
        new("国立研究開発法人日本医療研究開発機構", "Japan Agency for Medical Research and Development", "AMED", "AMED", "amed", "https://www.amed.go.jp/"),
        new("独立行政法人医薬品医療機器総合機構", "Pharmaceuticals and Medical Devices Agency", "PMDA", "PMDA", "pmda", "https://www.pmda.go.jp/"),
        new("国立医薬品食品衛生研究所", "National Institute of Health Sciences", "国衛研", "NIHS", "nihs", "https://www.nihs.go.jp/"),
        new("国立研究開発法人理化学研究所", "RIKEN", "理研", "RIKEN", "riken", "https://www.riken.jp/"),
        new("国立研究開発法人産業技術総合研究所", "National Institute of Advanced Industrial Science and Technology", "産総研", "AIST", "aist", "https://www.aist.go.jp/"),
        new("国立研究開発法人医薬基盤・健康・栄養研究所", "National Institutes of Biomedical Innovation, Health and Nutrition", "NIBIOHN", "NIBIOHN", "nibiohn", null),
        new("一般社団法人再生医療イノベーションフォーラム", "Forum for Innovative Regenerative Medicine", "FIRM", "FIRM", "firm", null),
        new("一般社団法人日本再生医療学会", "Japanese Society for Regenerative Medicine", "JSRM", "JSRM", "jsrm", null),
        new("公益財団法人京都大学iPS細胞研究財団", "CiRA Foundation", "CiRA_F", "CiRA Foundation", "cira-foundation", null),
    ];

    public static readonly IReadOnlyList<Phrase> Cities =
    [
        new("札幌", "Sapporo", "sapporo"), new("仙台", "Sendai", "sendai"), new("東京", "Tokyo", "tokyo"),
        new("横浜", "Yokohama", "yokohama"), new("名古屋", "Nagoya", "nagoya"), new("大阪", "Osaka", "osaka"),
        new("神戸", "Kobe", "kobe"), new("岡山", "Okayama", "okayama"), new("広島", "Hiroshima", "hiroshima"),
        new("福岡", "Fukuoka", "fukuoka"), new("熊本", "Kumamoto", "kumamoto"), new("金沢", "Kanazawa", "kanazawa"),
    ];

    public static readonly IReadOnlyList<Phrase> Kinds =
    [
        new("大学再生医療センター", "University Centre for Regenerative Medicine", "regen-centre"),
        new("細胞加工センター", "Cell Processing Centre", "cell-processing"),
        new("遺伝子治療研究所", "Gene Therapy Research Institute", "gene-therapy-institute"),
        new("臨床研究中核病院", "Core Clinical Research Hospital", "core-hospital"),
        new("バイオ産業振興機構", "Bioindustry Promotion Organisation", "bio-promotion"),
        new("先端医療研究財団", "Foundation for Advanced Medical Research", "advanced-medicine"),
    ];

    public static InstitutionEntry At(int n)
    {
        if (n < Base.Count) return Base[n];
        var k = n - Base.Count;
        var city = Cities[k % Cities.Count];
        var kind = Kinds[k / Cities.Count % Kinds.Count];
        var round = k / (Cities.Count * Kinds.Count);
        var number = round == 0 ? "" : $"第{round + 1}";
        var numberEn = round == 0 ? "" : $" No. {round + 1}";
        var slug = round == 0 ? "" : $"-{round + 1}";
        return new(city + number + kind.Ja, city.En + " " + kind.En + numberEn, null, null, city.Slug + "-" + kind.Slug + slug, null);
    }
}
