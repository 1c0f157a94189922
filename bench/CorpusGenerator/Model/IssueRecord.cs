namespace CorpusGenerator.Model;

/// <summary>小論点: numbered 1.. within its item.</summary>
public sealed record IssueRecord(string Id, string Item, int Number, BilingualText Text, BilingualText Summary);
