namespace CorpusGenerator.Model;

/// <summary>Every record of one generated handbook, in display order.</summary>
public sealed record SyntheticCorpus(
    SiteRecord Site,
    IReadOnlyList<SourceRecord> Sources,
    IReadOnlyList<VisionRecord> Vision,
    IReadOnlyList<OverviewRecord> Overviews,
    IReadOnlyList<ItemRecord> Items,
    IReadOnlyList<IssueRecord> Issues,
    IReadOnlyList<MeasureRecord> Measures,
    IReadOnlyList<MinistryRecord> Ministries,
    IReadOnlyList<ProgrammeRecord> Programmes,
    IReadOnlyList<InstitutionRecord> Institutions,
    IReadOnlyList<TermRecord> Terms,
    IReadOnlyList<EventRecord> Events);
