using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Runtime.InteropServices;
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
    // Pages as they were added, with the numbers of the paths their links lead to all in one block
    // of memory, each page's after the last: a scan of them finds the pages linking to a path.
    private readonly Lock _adding = new();
    private readonly List<Page> _pages = [];
    private readonly List<int> _linkTargets = [];
    // Most links recur on many pages (navigation, lists): keep one copy of each, with the number
    // of the site path it leads to (anchors and queries aside), to find the pages linking to a path.
    private readonly ConcurrentDictionary<string, Link> _distinct = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _targets = new(StringComparer.Ordinal);
    private int _targetCount;

    private sealed record Link(string Text, int Target);

    /// <param name="TargetsEnd">Where the numbers of the paths its links lead to end in <see cref="_linkTargets"/>.</param>
    private sealed record Page(string File, string SitePath, string[] Links, int TargetsEnd);

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
        var links = new HashSet<Link>(ReferenceEqualityComparer.Instance);
        // A page may come in chunks; an attribute can straddle two of them.
        var html = new SequenceReader<byte>(file.Content);
        Span<byte> nameEnd = stackalloc byte[NameEnd];
        while (html.TryReadTo(out ReadOnlySequence<byte> before, "=\""u8) && html.TryReadTo(out ReadOnlySequence<byte> value, (byte)'"'))
        {
            var name = Tail(before, nameEnd);
            if ((IsAttribute(name, "href"u8) || IsAttribute(name, "src"u8)) && value.FirstSpan is [(byte)'/' or (byte)'#', ..])
                links.Add(_distinct.GetOrAdd(Text(value), static (link, checker) => new Link(link, checker.Target(link)), this));
            else if (IsAttribute(name, "id"u8) && value.Length > 0)
                ids.Add(Text(value));
        }
        _idsByPath[file.SitePath] = ids;
        var texts = links.Select(l => l.Text).ToArray();
        var targets = links.Select(l => l.Target).Distinct().ToArray();
        lock (_adding)
        {
            _linkTargets.AddRange(targets);
            _pages.Add(new Page(file.Path, file.SitePath, texts, _linkTargets.Count));
        }
    }

    /// <summary>Every broken link of the files added so far, in a stable order.</summary>
    public IReadOnlyList<string> Broken()
    {
        var broken = new List<string>();
        foreach (var (file, sitePath, links, _) in _pages)
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
        // A scan of every page's link numbers rather than an index: at 10,000 measures, one and a
        // half million numbers in one block, a few milliseconds, where an index took 50-200 ms to make.
        lock (_adding)
        {
            var all = CollectionsMarshal.AsSpan(_linkTargets);
            var ends = _pages.Select(page => page.TargetsEnd).ToArray();
            var linking = new HashSet<int>();
            foreach (var path in sitePaths)
            {
                if (!_targets.TryGetValue(path, out var target)) continue;
                for (var at = all.IndexOf(target); at >= 0;)
                {
                    linking.Add(PageAt(ends, at));
                    var next = all[(at + 1)..].IndexOf(target);
                    at = next < 0 ? -1 : at + 1 + next;
                }
            }
            return linking.Select(i => _pages[i])
                .OrderBy(page => page.Links.Length)
                .ThenBy(page => page.File, StringComparer.Ordinal)
                .Select(page => page.File)
                .ToList();
        }
    }

    /// <summary>The first page whose numbers end after <paramref name="at"/>: the one it is in.</summary>
    private static int PageAt(int[] ends, int at)
    {
        var (low, high) = (0, ends.Length - 1);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (ends[middle] > at) high = middle;
            else low = middle + 1;
        }
        return low;
    }

    /// <summary>The number of the site path a link leads to, anchors and queries aside.</summary>
    private int Target(string link) =>
        _targets.GetOrAdd(link.IndexOfAny(['#', '?']) is var end and >= 0 ? link[..end] : link, static (_, checker) => Interlocked.Increment(ref checker._targetCount) - 1, this);

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
