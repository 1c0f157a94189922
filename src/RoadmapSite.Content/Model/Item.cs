namespace RoadmapSite.Content.Model;

/// <summary>項目: a chapter of the roadmap, framed by one 大論点 (major issue).</summary>
public sealed record Item : Record
{
    public required int Number { get; init; }
    public required Bilingual Title { get; init; }
    public required Bilingual MajorIssue { get; init; }
    public required Bilingual Summary { get; init; }
    public Mentions Mentions { get; init; } = Mentions.None;
}
