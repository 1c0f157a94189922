namespace RoadmapSite.Content.Checking;

/// <summary>The rules every load runs. Each is independent; the loader sorts what they report.</summary>
public static class ContentRules
{
    public static readonly IReadOnlyList<IContentRule> All =
    [
        new UniqueIds(),
        new FileNamesMatchIds(),
        new FormerIds(),
        new References(),
        new SelfReferences(),
        new Numbering(),
        new IssuesHaveMeasures(),
        new KnownMinistryCodes(),
        new StatusEvidence(),
        new EnglishHasNoJapanese(),
        new SummaryLength(),
        new PlaceholderTextRule(),
        new OutdatedTranslations(),
        new PendingTranslations(),
    ];
}
