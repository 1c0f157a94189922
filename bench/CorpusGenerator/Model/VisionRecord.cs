namespace CorpusGenerator.Model;

/// <summary>目指すべき姿 for one horizon year.</summary>
public sealed record VisionRecord(string Id, int Year, IReadOnlyList<BilingualText> Goals, IReadOnlyList<string> Sources, IReadOnlyList<string> Events);
