namespace RoadmapSite.Content.Model;

/// <summary>
/// Every record has a permanent slug <see cref="Id"/>, never reused and independent of display
/// numbering, and remembers the file it came from so checks can point editors at it.
/// </summary>
public abstract record Record
{
    public required string Id { get; init; }

    /// <summary>Ids this record had before; each one becomes a redirect to the current URL.</summary>
    public IReadOnlyList<string> FormerIds { get; init; } = [];

    /// <summary>Repo-relative path of the YAML file, e.g. <c>input/measures/ips-organs.yml</c>.</summary>
    public string File { get; init; } = "";
}
