namespace CorpusGenerator.Model;

/// <summary>One sentence of a measure with the ministries of the bracket that follows it.</summary>
public sealed record ActionRecord(BilingualText Text, IReadOnlyList<string> Ministries, StatusRecord? Status);
