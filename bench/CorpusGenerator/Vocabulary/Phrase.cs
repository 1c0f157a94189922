namespace CorpusGenerator.Vocabulary;

/// <summary>A noun phrase in both languages, with a slug for ids built from it.</summary>
public sealed record Phrase(string Ja, string En, string Slug);
