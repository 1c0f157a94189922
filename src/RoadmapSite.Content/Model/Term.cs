namespace RoadmapSite.Content.Model;

/// <summary>A glossary term (MPS, AAV, カルタヘナ法 ...); <see cref="Forms"/> are the spellings texts use.</summary>
public sealed record Term : Record
{
    public required Bilingual Name { get; init; }
    public Bilingual? Expansion { get; init; }
    public required Bilingual Definition { get; init; }
    public TermForms Forms { get; init; } = new();
}

public sealed record TermForms
{
    public IReadOnlyList<string> Ja { get; init; } = [];
    public IReadOnlyList<string> En { get; init; } = [];
}
