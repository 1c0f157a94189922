namespace CorpusGenerator.Model;

/// <summary>A text in both languages, written as <c>{ ja: ..., en: ... }</c>.</summary>
public readonly record struct BilingualText(string Ja, string En);
