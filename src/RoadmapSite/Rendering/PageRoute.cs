namespace RoadmapSite.Rendering;

/// <summary>A page to render: where it goes, which theme component renders it, with what.</summary>
public sealed record PageRoute(string SitePath, Type Component, IReadOnlyDictionary<string, object?> Parameters)
{
    /// <summary>The file under the output folder: directory-style URLs get an <c>index.html</c>.</summary>
    public string FilePath => SitePath.EndsWith('/') ? SitePath[1..] + "index.html" : SitePath[1..];
}
