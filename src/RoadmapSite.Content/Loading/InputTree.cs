using RoadmapSite.Content.Checking;

namespace RoadmapSite.Content.Loading;

/// <summary>
/// Finds the record files in input/ and reports files that cannot be records: a wrong
/// extension, an unknown folder, a link leading outside input/. Files whose names start with a
/// dot (.gitkeep, .DS_Store) are not content and are skipped.
/// </summary>
public static class InputTree
{
    /// <summary>Folders and files of input/ that are not records.</summary>
    private static readonly HashSet<string> NonRecordFolders = ["source", "schemas"];
    // published-urls.txt: every URL the site has published, kept by `build --record-urls`.
    private static readonly HashSet<string> NonRecordFiles = ["README.md", "published-urls.txt"];

    public static IReadOnlyList<InputFile> Scan(string inputDirectory, Func<string, string> display, ICollection<Diagnostic> diagnostics)
    {
        var root = Path.GetFullPath(inputDirectory);
        var files = new List<InputFile>();
        var folders = RecordType.All.Where(t => t.Folder.Length > 0).ToDictionary(t => t.Folder, StringComparer.Ordinal);

        var site = Path.Combine(root, RecordType.SiteFile);
        if (File.Exists(site) && IsInside(root, new FileInfo(site), display, diagnostics))
            files.Add(new InputFile(RecordType.Site, site, display(site)));
        else if (!File.Exists(site))
            diagnostics.Add(Diagnostic.Error(display(site), 0, 0,
                "site.yml is missing; every handbook needs one (titles, publisher, licence; see input/README.md)"));

        foreach (var entry in Sorted(new DirectoryInfo(root).EnumerateFileSystemInfos()))
        {
            if (entry.Name.StartsWith('.')) continue;
            if (entry is FileInfo)
            {
                if (entry.Name != RecordType.SiteFile && !NonRecordFiles.Contains(entry.Name))
                    diagnostics.Add(Diagnostic.Error(display(entry.FullName), 0, 0,
                        $"'{entry.Name}' does not belong at the top of input/; records go in their folder ({string.Join(", ", folders.Keys.Select(f => f + "/"))})"));
                continue;
            }
            if (NonRecordFolders.Contains(entry.Name)) continue;
            if (!folders.TryGetValue(entry.Name, out var type))
            {
                var suggestion = DidYouMean.Suffix(entry.Name, folders.Keys);
                diagnostics.Add(Diagnostic.Error(display(entry.FullName), 0, 0,
                    $"unknown folder '{entry.Name}/'{suggestion}; records go in one of: {string.Join(", ", folders.Keys.Select(f => f + "/"))}"));
                continue;
            }
            if (!IsInside(root, entry, display, diagnostics)) continue;
            foreach (var file in Sorted(((DirectoryInfo)entry).EnumerateFileSystemInfos()))
            {
                if (file.Name.StartsWith('.')) continue;
                if (file is DirectoryInfo)
                {
                    diagnostics.Add(Diagnostic.Error(display(file.FullName), 0, 0,
                        $"folders inside {type.Folder}/ are not read; move the files up into {type.Folder}/"));
                    continue;
                }
                if (!file.Name.EndsWith(".yml", StringComparison.Ordinal))
                {
                    var stem = Path.GetFileNameWithoutExtension(file.Name);
                    diagnostics.Add(Diagnostic.Error(display(file.FullName), 0, 0,
                        $"only .yml files are records; rename it to '{stem}.yml' if it is one, or move it out of input/{type.Folder}/"));
                    continue;
                }
                if (!IsInside(root, file, display, diagnostics)) continue;
                files.Add(new InputFile(type, file.FullName, display(file.FullName)));
            }
        }
        return files;
    }

    private static IEnumerable<FileSystemInfo> Sorted(IEnumerable<FileSystemInfo> entries) =>
        entries.OrderBy(e => e.Name, StringComparer.Ordinal);

    /// <summary>
    /// A link may point anywhere on the machine that builds the site; reading through it could
    /// publish a file that was never reviewed as content, so links must stay inside input/.
    /// </summary>
    private static bool IsInside(string root, FileSystemInfo entry, Func<string, string> display, ICollection<Diagnostic> diagnostics)
    {
        if (entry.LinkTarget is null) return true;
        var target = entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName
            ?? Path.GetFullPath(entry.LinkTarget, Path.GetDirectoryName(entry.FullName)!);
        if (target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return true;
        diagnostics.Add(Diagnostic.Error(display(entry.FullName), 0, 0,
            "this is a link to a file outside input/; replace the link with the file itself"));
        return false;
    }
}
