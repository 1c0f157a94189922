namespace RoadmapSite.Content.Model;

/// <summary>The handbook as a whole: its titles, publisher, licence and the source document.</summary>
public sealed record Site : Record
{
    public required Bilingual Title { get; init; }
    public required Bilingual Description { get; init; }
    public required Bilingual Publisher { get; init; }
    /// <summary>Absolute base URL without trailing slash, e.g. <c>https://roadmap.example.jp</c>.</summary>
    public required string BaseUrl { get; init; }
    public required Bilingual Licence { get; init; }
    public string? LicenceUrl { get; init; }
    public required SourceDocument SourceDocument { get; init; }
    /// <summary>The public repository (<c>https://github.com/org/repo</c>), for links to each record's change history.</summary>
    public string? RepositoryUrl { get; init; }
}

/// <summary>The slide deck the handbook is made from.</summary>
public sealed record SourceDocument
{
    public required Bilingual Title { get; init; }
    /// <summary>The document's as-of date, and how it was established (the deck carries none).</summary>
    public required PartialDate AsOf { get; init; }
    public required Bilingual AsOfBasis { get; init; }
    /// <summary>Repo-relative path of the verbatim copy, e.g. <c>input/source/roadmap.txt</c>.</summary>
    public required string Copy { get; init; }
}
