namespace RoadmapSite.Content.Model;

/// <summary>A work the vision cites: an article or a talk at an event.</summary>
public sealed record Source : Record
{
    public required Bilingual Author { get; init; }
    public Bilingual? Title { get; init; }
    public Bilingual? Journal { get; init; }
    public string? Volume { get; init; }
    public string? Number { get; init; }
    public int? Year { get; init; }
    public Bilingual? Event { get; init; }
    public Bilingual? Venue { get; init; }
    public PartialDate? Date { get; init; }
    /// <summary>The citation exactly as the source document prints it.</summary>
    public required string Verbatim { get; init; }
}
