namespace CorpusGenerator.Model;

/// <summary>A university, institute or agency.</summary>
public sealed record InstitutionRecord(string Id, BilingualText Name, BilingualText? ShortName, BilingualText Description, string? Url);
