namespace RoadmapSite.Building;

/// <summary>
/// One file of the built site: its path below the output folder (forward slashes, e.g.
/// <c>ja/measures/x/index.html</c>) and its bytes. Pipelines make these; the writer writes them.
/// </summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    public static OutputFile Text(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>The site path a browser asks for: <c>/ja/measures/x/</c> for <c>ja/measures/x/index.html</c>.</summary>
    public string SitePath => SitePathOf(Path);

    public static string SitePathOf(string path) =>
        path.EndsWith("index.html", StringComparison.Ordinal) ? "/" + path[..^"index.html".Length] : "/" + path;
}
