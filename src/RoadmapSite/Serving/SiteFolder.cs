namespace RoadmapSite.Serving;

/// <summary>
/// Maps a URL path onto a built site folder as a static host does, and never outside it:
/// a path that climbs out with "..", names a hidden file or cannot be a file name is simply not found.
/// </summary>
public sealed class SiteFolder
{
    private const string IndexFile = "index.html";
    private readonly string root;

    public SiteFolder(string folder)
    {
        root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
            throw new DirectoryNotFoundException($"The site folder {root} does not exist: build the site first.");
        var notFound = new FileInfo(Path.Combine(root, "404.html"));
        NotFoundPage = notFound.Exists ? notFound : null;
    }

    public FileInfo? NotFoundPage { get; }

    public abstract record Resolution;
    public sealed record Found(FileInfo File) : Resolution;
    public sealed record NeedsTrailingSlash : Resolution;
    public sealed record Missing : Resolution;

    /// <param name="urlPath">The request path, already percent-decoded, starting with "/".</param>
    public Resolution Resolve(string urlPath)
    {
        var segments = urlPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s.StartsWith('.') || s.Contains('\\') || s.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0))
            return new Missing();

        var full = Path.GetFullPath(Path.Combine([root, .. segments]));
        if (full != root && !full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return new Missing();

        if (Directory.Exists(full))
        {
            if (!urlPath.EndsWith('/'))
                return new NeedsTrailingSlash();
            var index = new FileInfo(Path.Combine(full, IndexFile));
            return index.Exists ? new Found(index) : new Missing();
        }

        // A file URL with a trailing slash is not that file on a static host either.
        var file = new FileInfo(full);
        return file.Exists && !urlPath.EndsWith('/') ? new Found(file) : new Missing();
    }
}
