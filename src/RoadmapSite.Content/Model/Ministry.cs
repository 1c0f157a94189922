namespace RoadmapSite.Content.Model;

/// <summary>A responsible ministry; <see cref="Code"/> is the one-character mark the source uses (文, 経 ...).</summary>
public sealed record Ministry : Record
{
    public required string Code { get; init; }
    public required Bilingual Name { get; init; }
    public required string Abbreviation { get; init; }
    public required int Order { get; init; }
    public string? Url { get; init; }
}
