using RoadmapSite.Content.Checking;

namespace RoadmapSite.Building;

/// <summary>
/// input/published-urls.txt: every site path the handbook has ever published, one per line,
/// sorted. The list only grows, so a change that drops one of its paths without a redirect is
/// caught before it is merged, however long ago the page went live.
/// </summary>
public static class PublishedUrls
{
    public const string FileName = "published-urls.txt";
    public const string RecordCommand = "dotnet run --project src/RoadmapSite -- build --record-urls";

    private static readonly string[] Header =
    [
        "# Every URL this handbook has published, one site path per line, sorted.",
        "# `check` fails when a change would make one of them disappear: a renamed or removed",
        "# record keeps its address through `former_ids:` (see input/README.md).",
        $"# Add new URLs with: {RecordCommand}",
        "# Never delete a line of a URL that was ever live.",
    ];

    /// <summary>
    /// Fingerprinted assets change name by design, and the 404 page and Netlify's rules are not
    /// addresses readers keep; the handbook's PDFs are made only where Chromium is, so a build
    /// without it must not count them as lost.
    /// </summary>
    public static bool IsPermanent(string sitePath) =>
        !sitePath.StartsWith("/assets/", StringComparison.Ordinal) && sitePath is not ("/404.html" or "/_redirects")
        && !Printing.HandbookPrinting.IsHandbookPdf(sitePath);

    /// <summary>Errors for listed paths the build no longer makes; one warning for made paths not listed yet.</summary>
    public static IReadOnlyList<Diagnostic> Check(string inputDirectory, IEnumerable<string> builtPaths)
    {
        var file = Path.Combine(Path.GetFullPath(inputDirectory), FileName);
        var display = Path.GetRelativePath(Environment.CurrentDirectory, file).Replace('\\', '/');
        if (!File.Exists(file))
            return [Diagnostic.Warning(display, 0, 0,
                $"there is no list of published URLs yet, so a change that breaks one cannot be caught; create it with: {RecordCommand}")];

        var built = builtPaths.Where(IsPermanent).ToHashSet(StringComparer.Ordinal);
        var listed = Read(file);
        var diagnostics = listed.Where(p => !built.Contains(p.Path))
            .Select(p => Diagnostic.Error(display, p.Line, 1, WhatToDo(p.Path, built)))
            .ToList();
        var unlisted = built.Except(listed.Select(p => p.Path), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (unlisted.Count > 0)
            diagnostics.Add(Diagnostic.Warning(display, 1, 1,
                $"{unlisted.Count} new URL(s) are not in this list yet ({string.Join(", ", unlisted.Take(3))}{(unlisted.Count > 3 ? ", ..." : "")}); " +
                $"add them in the same pull request with: {RecordCommand}"));
        return diagnostics;
    }

    /// <summary>Adds the built paths to the list, keeping every path already in it; returns how many were new.</summary>
    public static int Record(string inputDirectory, IEnumerable<string> builtPaths)
    {
        var file = Path.Combine(Path.GetFullPath(inputDirectory), FileName);
        var listed = File.Exists(file) ? Read(file).Select(p => p.Path).ToHashSet(StringComparer.Ordinal) : [];
        var before = listed.Count;
        listed.UnionWith(builtPaths.Where(IsPermanent));
        var lines = Header.Concat(listed.Order(StringComparer.Ordinal));
        File.WriteAllText(file, string.Join('\n', lines) + "\n");
        return listed.Count - before;
    }

    private static List<(string Path, int Line)> Read(string file) =>
        File.ReadAllLines(file)
            .Select((text, index) => (Path: text.Trim(), Line: index + 1))
            .Where(p => p.Path.Length > 0 && !p.Path.StartsWith('#'))
            .ToList();

    /// <summary>Tells an editor how to keep the address working; for a record page, which field to edit.</summary>
    private static string WhatToDo(string path, IReadOnlySet<string> built)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length != 3 || !path.EndsWith('/') || !RecordPages.TryGetValue(segments[1], out var kind))
            return $"{path} was published, but this change no longer makes it; a published URL must keep working, so restore it (ask a developer if the change was to the generator)";
        var (section, id) = (segments[1], segments[2]);
        var siblings = built.Select(p => p.Split('/', StringSplitOptions.RemoveEmptyEntries))
            .Where(s => s.Length == 3 && s[0] == segments[0] && s[1] == section)
            .Select(s => s[2]);
        var renamed = DidYouMean.Closest(id, siblings) is { } match ? $" (was it renamed to '{match}'?)" : "";
        return $"{path} was published, but no {kind} has the id '{id}' any more{renamed}. " +
            $"Add '{id}' to former_ids: in the file of the {kind} that now has this content (input/{section}/<new id>.yml), " +
            "so the old address redirects there";
    }

    private static readonly Dictionary<string, string> RecordPages = new(StringComparer.Ordinal)
    {
        ["items"] = "item", ["issues"] = "issue", ["measures"] = "measure", ["ministries"] = "ministry", ["programmes"] = "programme",
    };
}
