namespace RoadmapSite.Tests.Browser;

/// <summary>One HTML file of the built site and the URL path a reader uses for it.</summary>
/// <param name="File">Path relative to the site folder, with forward slashes.</param>
/// <param name="UrlPath">The path a reader requests: folder-style for index.html files.</param>
/// <param name="IsRedirect">A meta-refresh stub left for a renamed record: it navigates away, so
/// checks of a page's own content skip it.</param>
public sealed record SitePage(string File, string UrlPath, bool IsRedirect)
{
    public override string ToString() => UrlPath;
}
