using RoadmapSite.Content.Model;

namespace RoadmapSite.Theme.Text;

/// <summary>The interface's own words in both languages. Content words come from input/, never from here.</summary>
public static class Labels
{
    public static readonly Bilingual SkipLink = new("本文へ移動", "Skip to main content");
    public static readonly Bilingual Breadcrumbs = new("現在位置", "You are here");
    public static readonly Bilingual Home = new("ホーム", "Home");
    public static readonly Bilingual LanguageName = new("日本語", "English");
    public static readonly Bilingual SwitchTo = new("English", "日本語");
    public static readonly Bilingual MainNav = new("主なページ", "Main pages");
    public static readonly Bilingual Items = new("項目", "Items");
    public static readonly Bilingual Item = new("項目", "Item");
    public static readonly Bilingual Issue = new("小論点", "Issue");
    public static readonly Bilingual Issues = new("小論点", "Issues");
    public static readonly Bilingual MajorIssue = new("大論点", "Major issue");
    public static readonly Bilingual Measure = new("対応案", "Measure");
    public static readonly Bilingual Measures = new("対応案一覧", "All measures");
    public static readonly Bilingual Ministries = new("府省", "Ministries");
    public static readonly Bilingual ResponsibleMinistries = new("担当府省", "Responsible ministries");
    public static readonly Bilingual Programmes = new("事業・施策", "Programmes");
    public static readonly Bilingual Institutions = new("機関", "Institutions");
    public static readonly Bilingual Institution = new("機関", "Institution");
    public static readonly Bilingual Term = new("用語", "Term");
    public static readonly Bilingual Search = new("検索", "Search");
    public static readonly Bilingual SearchLabel = new("調べたい言葉", "Words to find");
    public static readonly Bilingual SearchHint = new(
        "対応案・小論点・事業・機関・用語を探せます。例：カルタヘナ、ベクター、人材",
        "Finds measures, issues, programmes, institutions and terms. For example: vectors, Cartagena, young researchers");
    public static readonly Bilingual SearchNeedsScript = new(
        "検索にはJavaScriptが必要です。代わりに、すべての対応案を以下に示します。",
        "Search needs JavaScript. Instead, here is every measure.");
    public static readonly Bilingual SearchNeedsScriptOnly = new("検索にはJavaScriptが必要です。", "Search needs JavaScript.");
    public static Bilingual EveryMeasure(int count) => new($"すべての対応案（{count}件）を項目別に見る", $"See all {count} measures, by item");
    public static readonly Bilingual SearchResultsHeading = new("検索結果", "Results");
    public static readonly Bilingual SearchNone = new("見つかりませんでした。別の言葉でお試しください。", "Nothing found. Try other words.");
    public static readonly Bilingual SearchCount = new("{0}件見つかりました", "{0} found");
    public static readonly Bilingual SearchLoading = new("検索の準備中…", "Preparing search…");
    public static readonly Bilingual Glossary = new("用語集", "Glossary");
    public static readonly Bilingual Timeline = new("年表", "Timeline");
    public static readonly Bilingual Handbook = new("全文（印刷用）", "Whole handbook (printable)");
    public static readonly Bilingual PdfDownload = new("PDF版をダウンロード", "Download as PDF");
    public static readonly Bilingual About = new("このサイトについて", "About");
    public static readonly Bilingual Vision = new("目指すべき姿", "Vision");
    public static readonly Bilingual Sources = new("資料", "Sources");
    public static readonly Bilingual Actions = new("取組", "Actions");
    public static readonly Bilingual Notes = new("注", "Notes");
    public static readonly Bilingual Mentioned = new("関連する事業・機関・用語・出来事", "Programmes, institutions, terms and events mentioned");
    public static readonly Bilingual MentionedIn = new("言及している対応案", "Measures that mention it");
    public static readonly Bilingual AnsweredBy = new("この小論点への対応案", "The measure answering this issue");
    public static readonly Bilingual Answers = new("対応する小論点", "The issue it answers");
    public static readonly Bilingual Permalink = new("固定リンク", "Permalink");
    public static readonly Bilingual CopyLink = new("リンクをコピー", "Copy link");
    public static readonly Bilingual Copied = new("リンクをコピーしました", "Link copied");
    public static readonly Bilingual Copy = new("コピー", "Copy");
    public static readonly Bilingual CitationCopied = new("コピーしました", "Copied");
    public static readonly Bilingual PlainText = new("文章", "Plain text");
    public static readonly Bilingual HowToCite = new("引用の仕方", "How to cite");
    public static readonly Bilingual LastChanged = new("最終更新", "Last changed");
    public static readonly Bilingual ChangeHistory = new("変更履歴", "Change history");
    public static readonly Bilingual Moved = new("このページは移動しました", "This page has moved");
    public static readonly Bilingual MovedTo = new("新しいページ：", "It is now at:");
    public static readonly Bilingual Original = new("原文（日本語・正本）", "Original Japanese (authoritative text)");
    public static readonly Bilingual OriginalNote = new(
        "日本語の原文が正本です。",
        "The Japanese original is the authoritative text; the English is a translation.");
    public static readonly Bilingual Gregorian = new("西暦", "Gregorian");
    public static readonly Bilingual JapaneseEra = new("和暦", "Japanese era");
    public static readonly Bilingual Event = new("出来事", "Event");
    public static readonly Bilingual Status = new("進捗（原文の記載）", "Progress (as the source states it)");
    public static readonly Bilingual Done = new("実施済み", "Done");
    public static readonly Bilingual Ongoing = new("実施中", "Ongoing");
    public static readonly Bilingual Planned = new("予定", "Planned");
    public static readonly Bilingual MeasureCount = new("件", " measures");
    public static readonly Bilingual FilterHeading = new("絞り込み", "Filter the list");
    public static readonly Bilingual AllMeasuresLink = new("すべての対応案を表示", "Show all measures");
    /// <summary>The link from a filter page to the index of a facet too large to list: "All 500 programmes".</summary>
    /// <summary>The link from a shortened list of the measures that mention a record to all of them.</summary>
    public static Bilingual EveryMention(int count) => new($"言及している対応案のすべて（{count}件）", $"All {count} measures that mention it");
    public static Bilingual EveryChoice(Bilingual facet, Bilingual count) => new($"{facet.Ja}の一覧（{count.Ja}）", $"All {count.En}");
    public static readonly Bilingual NoMeasures = new("該当する対応案はありません。", "No measure matches.");
    public static readonly Bilingual Contents = new("目次", "Contents");
    public static readonly Bilingual Licence = new("ライセンス", "Licence");
    public static readonly Bilingual Data = new("データ（JSON・CSV）", "Data (JSON, CSV)");
    public static readonly Bilingual Feed = new("更新情報（Atom）", "Updates (Atom feed)");
    public static readonly Bilingual NotFound = new("ページが見つかりません", "Page not found");
    public static readonly Bilingual Until = new("まで", "until");
    public static readonly Bilingual Kind = new("種類", "Kind");
    public static readonly Bilingual TranslationOutdated = new("翻訳が古い可能性があります。", "This translation may be out of date.");
    public static readonly Bilingual TranslationOutdatedDetail = new(
        "翻訳の後に日本語の原文が変更されました。",
        "The Japanese original has changed since this English was translated from it.");
    public static readonly Bilingual ReadJapanese = new("日本語の原文を読む", "Read the Japanese original");
    public static readonly Bilingual TranslationPending = new("まだ英訳されていません。", "Not yet translated.");
    public static readonly Bilingual TranslationPendingDetail = new(
        "英訳ができるまで、日本語の原文を表示しています。",
        "This page has not yet been translated into English; the Japanese text is shown until it is.");
    public static readonly Bilingual ReadJapanesePage = new("日本語のページ", "Read the page in Japanese");
    public static readonly Bilingual ChooseLanguage = new("言語を選んでください", "Choose your language");

    public static Bilingual Of(ActionState state) => state switch
    {
        ActionState.Done => Done,
        ActionState.Ongoing => Ongoing,
        _ => Planned,
    };

    public static Bilingual Of(ProgrammeKind kind) => kind switch
    {
        ProgrammeKind.Programme => new("事業・プログラム", "Programme"),
        ProgrammeKind.Project => new("統合プロジェクト", "Integrated project"),
        ProgrammeKind.Subsidy => new("補助金", "Subsidy"),
        ProgrammeKind.Budget => new("予算", "Budget"),
        _ => new("戦略", "Strategy"),
    };

    /// <summary>「項目1」 / "Item 1".</summary>
    public static string ItemNumber(Language l, int number) => l == Language.Ja ? $"項目{number}" : $"Item {number}";

    /// <summary>「（A4・13ページ・1.1 MB）」 / " (A4, 13 pages, 1.1 MB)", after the download link: what the reader is about to download.</summary>
    public static string PdfDetails(Language l, int pages, long bytes)
    {
        var size = bytes >= 1_000_000
            ? (bytes / 1_000_000.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " MB"
            : Math.Max(1, bytes / 1_000).ToString(System.Globalization.CultureInfo.InvariantCulture) + " KB";
        return l == Language.Ja ? $"（A4・{pages}ページ・{size}）" : $" (A4, {pages} {(pages == 1 ? "page" : "pages")}, {size})";
    }
}
