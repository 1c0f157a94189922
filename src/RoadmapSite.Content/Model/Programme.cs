namespace RoadmapSite.Content.Model;

public enum ProgrammeKind { Programme, Project, Subsidy, Budget, Strategy }

/// <summary>A programme, budget or strategy (事業, プログラム, 補助金, 戦略) that measures name.</summary>
public sealed record Programme : Record
{
    public required ProgrammeKind Kind { get; init; }
    public required Bilingual Name { get; init; }
    public required Bilingual Description { get; init; }
    public IReadOnlyList<string> Ministries { get; init; } = [];
    public IReadOnlyList<string> Events { get; init; } = [];
}
