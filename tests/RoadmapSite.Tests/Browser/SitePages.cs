using System.Text.RegularExpressions;

namespace RoadmapSite.Tests.Browser;

/// <summary>Every HTML page of a built site, in a stable order so failure lists read the same each run.</summary>
public static partial class SitePages
{
    public static IReadOnlyList<SitePage> All(string siteFolder) =>
        Directory.EnumerateFiles(siteFolder, "*.html", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(siteFolder, path).Replace('\\', '/'))
            .Where(relative => !relative.Split('/').Any(segment => segment.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .Select(relative => new SitePage(relative, UrlPathOf(relative), IsRedirectStub(Path.Combine(siteFolder, relative))))
            .ToList();

    /// <summary>Pages with content of their own: everything but redirect stubs.</summary>
    public static IReadOnlyList<SitePage> Readable(string siteFolder) =>
        All(siteFolder).Where(page => !page.IsRedirect).ToList();

    private static string UrlPathOf(string relative) =>
        relative == "index.html" ? "/"
        : relative.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + relative[..^"index.html".Length]
        : "/" + relative;

    private static bool IsRedirectStub(string file) => MetaRefresh().IsMatch(File.ReadAllText(file));

    [GeneratedRegex("""<meta\s[^>]*http-equiv\s*=\s*["']?refresh""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaRefresh();
}
