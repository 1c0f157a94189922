namespace CorpusGenerator.Model;

/// <summary>One of the four responsible ministries.</summary>
public sealed record MinistryRecord(string Id, string Code, BilingualText Name, string Abbreviation, int Order, string Url);
