namespace CorpusGenerator.Model;

/// <summary>A programme, project, subsidy, budget or strategy.</summary>
public sealed record ProgrammeRecord(string Id, string Kind, BilingualText Name, BilingualText Description, IReadOnlyList<string> Ministries, IReadOnlyList<string> Events);
