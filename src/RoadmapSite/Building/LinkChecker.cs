using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace RoadmapSite.Building;

/// <summary>
/// Checks that every internal link and <c>#anchor</c> in every HTML page points at a file of this
/// build and an id on that page. Files are added as they are made, from any thread, and only what
/// the check needs is kept of them (paths, ids, distinct links), so pages need not stay in memory
/// until the end of the build. The pages are our own output with quoted attributes, so a scan of
/// <c>href</c>, <c>src</c> and <c>id</c> attributes is exact and far cheaper than a full HTML parse
/// (the tests parse with AngleSharp).
/// </summary>
public sealed partial class LinkChecker
{
    [GeneratedRegex(@"\s(?:href|src)=""(?<url>[/#][^""]*)""|\sid=""(?<id>[^""]+)""")]
    private static partial Regex Attributes();

    private readonly ConcurrentDictionary<string, HashSet<string>?> _idsByPath = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<(string File, string SitePath, string[] Links)> _pages = [];
    // Most links recur on many pages (navigation, lists): keep one copy of each.
    private readonly ConcurrentDictionary<string, string> _distinct = new(StringComparer.Ordinal);

    public static IReadOnlyList<string> Check(IEnumerable<OutputFile> files)
    {
        var checker = new LinkChecker();
        foreach (var file in files) checker.Add(file);
        return checker.Broken();
    }

    public void Add(OutputFile file)
    {
        if (!file.Path.EndsWith(".html", StringComparison.Ordinal))
        {
            _idsByPath.TryAdd(file.SitePath, null);
            return;
        }
        var html = Encoding.UTF8.GetString(file.Content);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Attributes().Matches(html))
        {
            if (m.Groups["url"].Success) links.Add(System.Net.WebUtility.HtmlDecode(m.Groups["url"].Value));
            else if (m.Groups["id"].Success) ids.Add(System.Net.WebUtility.HtmlDecode(m.Groups["id"].Value));
        }
        _idsByPath[file.SitePath] = ids;
        _pages.Add((file.Path, file.SitePath, links.Select(l => _distinct.GetOrAdd(l, l)).ToArray()));
    }

    /// <summary>Every broken link of the files added so far, in a stable order.</summary>
    public IReadOnlyList<string> Broken()
    {
        var broken = new List<string>();
        foreach (var (file, sitePath, links) in _pages)
            foreach (var link in links)
            {
                var hash = link.IndexOf('#');
                var path = hash < 0 ? link : link[..hash];
                var anchor = hash < 0 ? null : System.Net.WebUtility.UrlDecode(link[(hash + 1)..]);
                if (path.Length == 0) path = sitePath;
                if (!_idsByPath.TryGetValue(path, out var ids))
                    broken.Add($"{file}: link to missing page {link}");
                else if (anchor is { Length: > 0 } && (ids is null || !ids.Contains(anchor)))
                    broken.Add($"{file}: link to missing anchor {link}");
            }
        broken.Sort(StringComparer.Ordinal);
        return broken;
    }
}
