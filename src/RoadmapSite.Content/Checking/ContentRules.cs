namespace RoadmapSite.Content.Checking;

/// <summary>The rules every load runs. Each is independent; the loader sorts what they report.</summary>
public static class ContentRules
{
    /// <summary>Run on each record as its file is read.</summary>
    public static readonly IReadOnlyList<IRecordRule> OfEachRecord =
    [
        new SelfReferences(),
        new StatusEvidence(),
        new EnglishHasNoJapanese(),
        new SummaryLength(),
        new PlaceholderTextRule(),
        new OutdatedTranslations(),
        new PendingTranslations(),
        new ReservedIds(),
    ];

    /// <summary>Run over all records together, once every file is read.</summary>
    public static readonly IReadOnlyList<IContentRule> AcrossRecords =
    [
        new UniqueIds(),
        new FileNamesMatchIds(),
        new FormerIds(),
        new References(),
        new Numbering(),
        new IssuesHaveMeasures(),
        new KnownMinistryCodes(),
    ];
}
