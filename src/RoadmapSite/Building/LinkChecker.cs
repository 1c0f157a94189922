using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace RoadmapSite.Building;

/// <summary>
/// Checks that every internal link and <c>#anchor</c> in every HTML page points at a file of this
/// build and an id on that page. Files are added as they are made, from any thread, and only what
/// the check needs is kept of them (paths, ids, distinct links), so pages need not stay in memory
/// until the end of the build. The pages are our own output with quoted attributes, so a scan of
/// their UTF-8 bytes for <c>href</c>, <c>src</c> and <c>id</c> attributes is exact, far cheaper
/// than a full HTML parse (the tests parse with AngleSharp), and never decodes a whole page again.
/// </summary>
public sealed class LinkChecker
{
    private readonly ConcurrentDictionary<string, HashSet<string>?> _idsByPath = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<(string File, string SitePath, string[] Links)> _pages = [];
    // Most links recur on many pages (navigation, lists): keep one copy of each.
    private readonly ConcurrentDictionary<string, string> _distinct = new(StringComparer.Ordinal);
    // Which pages link to each path, made once all pages are in (IndexLinksBack).
    private readonly Lock _indexing = new();
    private (string File, string SitePath, string[] Links)[] _indexed = [];
    private Dictionary<string, List<int>>? _linkedFrom;

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
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new HashSet<string>(StringComparer.Ordinal);
        // A page may come in chunks; an attribute can straddle two of them.
        var html = new SequenceReader<byte>(file.Content);
        Span<byte> nameEnd = stackalloc byte[NameEnd];
        while (html.TryReadTo(out ReadOnlySequence<byte> before, "=\""u8) && html.TryReadTo(out ReadOnlySequence<byte> value, (byte)'"'))
        {
            var name = Tail(before, nameEnd);
            if ((IsAttribute(name, "href"u8) || IsAttribute(name, "src"u8)) && value.FirstSpan is [(byte)'/' or (byte)'#', ..])
                links.Add(_distinct.GetOrAdd(Text(value), static link => link));
            else if (IsAttribute(name, "id"u8) && value.Length > 0)
                ids.Add(Text(value));
        }
        _idsByPath[file.SitePath] = ids;
        _pages.Add((file.Path, file.SitePath, links.ToArray()));
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
                var anchor = hash < 0 ? null : WebUtility.UrlDecode(link[(hash + 1)..]);
                // A query (a search page's ?q=) names no other file.
                if (path.IndexOf('?') is var query and >= 0) path = path[..query];
                if (path.Length == 0) path = sitePath;
                if (!_idsByPath.TryGetValue(path, out var ids))
                    broken.Add($"{file}: link to missing page {link}");
                else if (anchor is { Length: > 0 } && (ids is null || !ids.Contains(anchor)))
                    broken.Add($"{file}: link to missing anchor {link}");
            }
        broken.Sort(StringComparer.Ordinal);
        return broken;
    }

    /// <summary>
    /// The files of pages with a link to one of <paramref name="sitePaths"/> (anchors and queries
    /// aside): the pages that show something of those pages' records, such as a list or the
    /// handbook. Fewest links first, which is roughly smallest first.
    /// </summary>
    public IReadOnlyList<string> PagesLinkingTo(IReadOnlySet<string> sitePaths)
    {
        IndexLinksBack();
        return sitePaths
            .SelectMany(path => _linkedFrom!.GetValueOrDefault(path) ?? [])
            .Distinct()
            .Select(page => _indexed[page])
            .OrderBy(page => page.Links.Length)
            .ThenBy(page => page.File, StringComparer.Ordinal)
            .Select(page => page.File)
            .ToList();
    }

    /// <summary>
    /// Indexes the pages added so far by the paths they link to, for <see cref="PagesLinkingTo"/>;
    /// pages added later are not in it. At 10,000 measures that is millions of links, which took up
    /// to 0.2 s to scan at each edit: the preview indexes them once, while it waits for the next.
    /// </summary>
    public void IndexLinksBack()
    {
        lock (_indexing)
        {
            if (_linkedFrom is not null) return;
            var pages = _pages.ToArray();
            var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var byPath = index.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var page = 0; page < pages.Length; page++)
                foreach (var link in pages[page].Links)
                {
                    // Anchors and queries aside: the page linked to, as a span, without a string for each link.
                    var path = link.AsSpan(0, link.AsSpan().IndexOfAny('#', '?') is var end and >= 0 ? end : link.Length);
                    if (!byPath.TryGetValue(path, out var linking)) byPath[path] = linking = [];
                    if (linking.Count == 0 || linking[^1] != page) linking.Add(page);
                }
            _indexed = pages;
            _linkedFrom = index;
        }
    }

    /// <summary>Enough of the bytes before <c>="</c> to tell the attribute: its name and the space before it.</summary>
    private const int NameEnd = 5;

    private static ReadOnlySpan<byte> Tail(ReadOnlySequence<byte> before, Span<byte> buffer)
    {
        var tail = before.Slice(Math.Max(0, before.Length - buffer.Length));
        if (tail.IsSingleSegment) return tail.FirstSpan;
        tail.CopyTo(buffer);
        return buffer[..(int)tail.Length];
    }

    /// <summary>Whether the bytes before <c>="</c> end with this attribute name, itself after whitespace.</summary>
    private static bool IsAttribute(ReadOnlySpan<byte> before, ReadOnlySpan<byte> name) =>
        before.Length > name.Length
        && before.EndsWith(name)
        && before[^(name.Length + 1)] is (byte)' ' or (byte)'\n' or (byte)'\t' or (byte)'\r';

    private static string Text(ReadOnlySequence<byte> attribute) => WebUtility.HtmlDecode(Encoding.UTF8.GetString(attribute));
}
