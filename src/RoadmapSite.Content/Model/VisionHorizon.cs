namespace RoadmapSite.Content.Model;

/// <summary>目指すべき姿: the goals for one horizon year (2030, 2040).</summary>
public sealed record VisionHorizon : Record
{
    public required int Year { get; init; }
    public required IReadOnlyList<Bilingual> Goals { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];
    public IReadOnlyList<string> Events { get; init; } = [];
}
