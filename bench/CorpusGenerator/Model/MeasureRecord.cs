namespace CorpusGenerator.Model;

/// <summary>対応案: the measure answering one issue.</summary>
public sealed record MeasureRecord(
    string Id,
    string Issue,
    BilingualText Summary,
    IReadOnlyList<ActionRecord> Actions,
    IReadOnlyList<BilingualText> Notes,
    MentionSet Mentions);
