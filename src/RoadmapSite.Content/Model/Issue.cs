namespace RoadmapSite.Content.Model;

/// <summary>小論点: a numbered issue within an item, answered by one measure.</summary>
public sealed record Issue : Record
{
    public required string Item { get; init; }
    public required int Number { get; init; }
    public required Bilingual Text { get; init; }
    public required Bilingual Summary { get; init; }
    public Mentions Mentions { get; init; } = Mentions.None;
}
