namespace RoadmapSite.Content.Model;

/// <summary>A university, institute, agency or foundation that measures name (CiRA, AMED ...).</summary>
public sealed record Institution : Record
{
    public required Bilingual Name { get; init; }
    public Bilingual? ShortName { get; init; }
    public required Bilingual Description { get; init; }
    public string? Url { get; init; }
}
