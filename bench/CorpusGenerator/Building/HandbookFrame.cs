using CorpusGenerator.Model;

namespace CorpusGenerator.Building;

/// <summary>
/// The records that do not grow with the corpus: the site, its cited sources, the vision, the
/// overview lists and the four ministries. Ids referenced here (terms, events) are among the
/// first ones every corpus generates.
/// </summary>
public static class HandbookFrame
{
    public static SiteRecord Site(int measures) => new(
        Title: new($"再生・細胞医療・遺伝子治療の研究開発ロードマップ（合成{measures}件）",
            $"Research and Development Roadmap for Regenerative, Cell and Gene Therapy (synthetic, {measures} measures)"),
        Description: new("ベンチマーク用に生成した合成ハンドブックです。内容は実在の施策ではありません。",
            "A synthetic handbook generated for benchmarking. Its content does not describe real policy."),
        Publisher: new("ロードマップサイト ベンチマーク", "RoadmapSite benchmark"),
        BaseUrl: "https://bench.example.jp",
        Licence: new("クリエイティブ・コモンズ 表示 4.0 国際", "Creative Commons Attribution 4.0 International"),
        LicenceUrl: "https://creativecommons.org/licenses/by/4.0/",
        SourceTitle: new("再生・細胞医療・遺伝子治療分野の第３期研究開発ロードマップ（合成）",
            "Phase 3 research and development roadmap for regenerative, cell and gene therapy (synthetic)"),
        AsOf: "2024-03-29",
        AsOfBasis: new("最も新しい日付の記載（令和６年３月２９日の通知）による。", "Taken from the latest date the document mentions (a notice of 29 March 2024)."),
        Copy: "input/source/roadmap-phase3.txt");

    public static IReadOnlyList<SourceRecord> Sources() =>
    [
        new("hanamura-2023", new("花村遼", "Ryo Hanamura"), new("再生医療の産業化に向けた展望", "Outlook for the industrialisation of regenerative medicine"),
            new("実験医学", "Experimental Medicine (Jikken Igaku)"), "41", "3", 2023, null, null, null, "花村遼,実験医学: Vol.41,No.3;2023"),
        new("regen-symposium-2024", new("再生医療シンポジウム実行委員会", "Regenerative Medicine Symposium organising committee"), null, null, null, null, null,
            new("再生医療シンポジウム２０２４", "Regenerative Medicine Symposium 2024"), new("東京", "Tokyo"), "2024-02-14",
            "再生医療シンポジウム２０２４（令和６年２月１４日）講演資料"),
        new("gene-therapy-review-2022", new("遺伝子治療研究会", "Gene Therapy Study Group"), new("遺伝子治療の現状と課題", "Current state and challenges of gene therapy"),
            new("医学のあゆみ", "Journal of Clinical and Experimental Medicine (Igaku no Ayumi)"), "280", "5", 2022, null, null, null, "遺伝子治療研究会,医学のあゆみ: Vol.280,No.5;2022"),
    ];

    public static IReadOnlyList<VisionRecord> Vision() =>
    [
        new("vision-2040", 2040,
        [
            new("再生・細胞医療・遺伝子治療が標準的な治療の選択肢の一つとなり、多くの患者に届いている。",
                "Regenerative, cell and gene therapies have become one of the standard treatment options and reach many patients."),
            new("我が国発の技術による製品が国内外で実用化され、産業として自立している。",
                "Products based on technologies developed in Japan are in practical use at home and abroad, and the industry stands on its own."),
            new("iPS細胞やゲノム編集を用いた治療が、希少疾患から一般的な疾患まで広く用いられている。",
                "Therapies using iPS cells and genome editing are widely used, from rare diseases to common ones."),
        ], ["hanamura-2023", "regen-symposium-2024"], ["horizon-2040"]),
        new("vision-2030", 2030,
        [
            new("複数の再生医療等製品が製造販売承認を取得し、安定して供給されている。",
                "Several regenerative medicine products have obtained marketing approval and are supplied reliably."),
            new("製造コストが大幅に低減され、患者の負担が軽くなっている。",
                "Manufacturing costs have fallen sharply, easing the burden on patients."),
        ], ["gene-therapy-review-2022"], ["horizon-2030"]),
    ];

    public static IReadOnlyList<OverviewRecord> Overviews() =>
    [
        new("current-state", 1, new("再生・細胞医療・遺伝子治療分野の現状・特殊性", "Current state and particular features of regenerative, cell and gene therapy"),
        [
            new("iPS細胞を用いた臨床研究・治験が数多く実施されている一方、実用化に至った製品は限られている。",
                "Many clinical studies and trials using iPS cells are under way, but few products have reached practical use."),
            new("遺伝子治療では、海外で承認された製品が国内で開発されないドラッグ・ロスが懸念されている。",
                "In gene therapy there is concern about drug loss: products approved abroad are never developed in Japan."),
            new("製造には高度な技術と設備が必要であり、製造コストが高い。",
                "Manufacturing needs advanced skills and facilities, and its costs are high."),
        ], new([], [], ["ips-cells"], [])),
        new("direction", 2, new("今後の方向性", "Direction from now on"),
        [
            new("第３期においては、研究開発の成果を速やかに患者に届けるための取組を強化する。",
                "In the third phase, work to bring research results to patients quickly will be strengthened."),
            new("ゲノム編集やAAVを用いた遺伝子治療の研究開発を、基礎から実用化まで一貫して支援する。",
                "Research and development of gene therapies using genome editing and AAV (adeno-associated virus) will be supported consistently, from basic research to practical use."),
        ], new([], [], ["genome-editing", "aav"], ["third-phase"])),
    ];

    public static IReadOnlyList<MinistryRecord> Ministries() =>
    [
        new("cabinet-office", "内", new("内閣府", "Cabinet Office"), "CAO", 1, "https://www.cao.go.jp/"),
        new("mext", "文", new("文部科学省", "Ministry of Education, Culture, Sports, Science and Technology"), "MEXT", 2, "https://www.mext.go.jp/"),
        new("mhlw", "厚", new("厚生労働省", "Ministry of Health, Labour and Welfare"), "MHLW", 3, "https://www.mhlw.go.jp/"),
        new("meti", "経", new("経済産業省", "Ministry of Economy, Trade and Industry"), "METI", 4, "https://www.meti.go.jp/"),
    ];

    /// <summary>The events the frame refers to: the two horizons and the third phase (a span).</summary>
    public static IReadOnlyList<EventRecord> Events() =>
    [
        new("third-phase", new("第３期", "Third phase"), new("ロードマップの第３期（今後５年間）", "The third phase of the roadmap: the next five years"),
            "FY2025", "FY2029", "第３期", "the third phase (fiscal years 2025 to 2029)"),
        new("horizon-2030", new("２０３０年の目標年", "2030 target year"), new("目指すべき姿の中間目標年", "The intermediate target year of the vision"),
            "2030", null, "２０３０年", "2030"),
        new("horizon-2040", new("２０４０年の目標年", "2040 target year"), new("目指すべき姿の目標年", "The target year of the vision"),
            "2040", null, "２０４０年", "2040"),
    ];
}
