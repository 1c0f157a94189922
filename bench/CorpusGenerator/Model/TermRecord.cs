namespace CorpusGenerator.Model;

/// <summary>A glossary term; <see cref="Name"/> is also the only spelling texts use.</summary>
public sealed record TermRecord(string Id, BilingualText Name, BilingualText? Expansion, BilingualText Definition);
