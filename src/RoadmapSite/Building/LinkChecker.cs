using AngleSharp.Html.Parser;

namespace RoadmapSite.Building;

/// <summary>
/// Checks, after rendering and before writing, that every internal link and <c>#anchor</c> in
/// every HTML page points at a file of this build and an id on that page.
/// </summary>
public static class LinkChecker
{
    public static IReadOnlyList<string> Check(IReadOnlyList<OutputFile> files)
    {
        var parser = new HtmlParser();
        var pages = files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
            .AsParallel().AsOrdered()
            .Select(f =>
            {
                using var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(f.Content));
                var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
                var links = document.QuerySelectorAll("a[href], link[href], script[src]")
                    .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                    .Where(h => h.StartsWith('/') || h.StartsWith('#'))
                    .ToList();
                return (File: f, Ids: ids, Links: links);
            })
            .ToList();
        var bySitePath = pages.ToDictionary(p => p.File.SitePath, p => p.Ids, StringComparer.Ordinal);
        var allPaths = files.Select(f => f.SitePath).ToHashSet(StringComparer.Ordinal);

        var broken = new List<string>();
        foreach (var (file, ids, links) in pages)
            foreach (var link in links.Distinct())
            {
                var hash = link.IndexOf('#');
                var path = hash < 0 ? link : link[..hash];
                var anchor = hash < 0 ? null : link[(hash + 1)..];
                if (path.Length == 0) path = file.SitePath;
                if (!allPaths.Contains(path))
                    broken.Add($"{file.Path}: link to missing page {link}");
                else if (anchor is { Length: > 0 } && (!bySitePath.TryGetValue(path, out var targetIds) || !targetIds.Contains(anchor)))
                    broken.Add($"{file.Path}: link to missing anchor {link}");
            }
        return broken;
    }
}
