namespace RoadmapSite.Content.Model;

/// <summary>A bullet list on the home page: 現状・特殊性 (current state) or 今後の方向性 (direction).</summary>
public sealed record Overview : Record
{
    public required int Order { get; init; }
    public required Bilingual Title { get; init; }
    public required IReadOnlyList<Bilingual> Points { get; init; }
    public Mentions Mentions { get; init; } = Mentions.None;
}
