using System.Text;
using System.Text.RegularExpressions;

namespace RoadmapSite.Building;

/// <summary>
/// Checks, after rendering and before writing, that every internal link and <c>#anchor</c> in
/// every HTML page points at a file of this build and an id on that page. The pages are our own
/// output with quoted attributes, so a scan of <c>href</c>, <c>src</c> and <c>id</c> attributes is
/// exact and far cheaper at start-up than a full HTML parse (the tests parse with AngleSharp).
/// </summary>
public static partial class LinkChecker
{
    [GeneratedRegex(@"\s(?:href|src)=""(?<url>[/#][^""]*)""|\sid=""(?<id>[^""]+)""")]
    private static partial Regex Attributes();

    public static IReadOnlyList<string> Check(IReadOnlyList<OutputFile> files)
    {
        var pages = files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
            .AsParallel().AsOrdered()
            .Select(Scan)
            .ToList();
        var idsByPath = pages.ToDictionary(p => p.File.SitePath, p => p.Ids, StringComparer.Ordinal);
        var allPaths = files.Select(f => f.SitePath).ToHashSet(StringComparer.Ordinal);

        var broken = new List<string>();
        foreach (var (file, _, links) in pages)
            foreach (var link in links.Distinct())
            {
                var hash = link.IndexOf('#');
                var path = hash < 0 ? link : link[..hash];
                var anchor = hash < 0 ? null : System.Net.WebUtility.UrlDecode(link[(hash + 1)..]);
                if (path.Length == 0) path = file.SitePath;
                if (!allPaths.Contains(path))
                    broken.Add($"{file.Path}: link to missing page {link}");
                else if (anchor is { Length: > 0 } && (!idsByPath.TryGetValue(path, out var ids) || !ids.Contains(anchor)))
                    broken.Add($"{file.Path}: link to missing anchor {link}");
            }
        return broken;
    }

    private static (OutputFile File, HashSet<string> Ids, List<string> Links) Scan(OutputFile file)
    {
        var html = Encoding.UTF8.GetString(file.Content);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<string>();
        foreach (Match m in Attributes().Matches(html))
        {
            if (m.Groups["url"].Success) links.Add(System.Net.WebUtility.HtmlDecode(m.Groups["url"].Value));
            else if (m.Groups["id"].Success) ids.Add(System.Net.WebUtility.HtmlDecode(m.Groups["id"].Value));
        }
        return (file, ids, links);
    }
}
