namespace CorpusGenerator.Model;

/// <summary>項目: a chapter with its 大論点.</summary>
public sealed record ItemRecord(string Id, int Number, BilingualText Title, BilingualText MajorIssue, BilingualText Summary);
