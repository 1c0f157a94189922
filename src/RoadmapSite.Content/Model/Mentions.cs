namespace RoadmapSite.Content.Model;

/// <summary>Cross-references by id from a text to the records it names.</summary>
public sealed record Mentions
{
    public static readonly Mentions None = new();

    public IReadOnlyList<string> Programmes { get; init; } = [];
    public IReadOnlyList<string> Institutions { get; init; } = [];
    public IReadOnlyList<string> Terms { get; init; } = [];
    public IReadOnlyList<string> Events { get; init; } = [];
}
