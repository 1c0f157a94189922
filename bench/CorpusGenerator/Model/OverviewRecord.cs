namespace CorpusGenerator.Model;

/// <summary>現状・特殊性 or 今後の方向性: a bullet list on the home page.</summary>
public sealed record OverviewRecord(string Id, int Order, BilingualText Title, IReadOnlyList<BilingualText> Points, MentionSet Mentions);
