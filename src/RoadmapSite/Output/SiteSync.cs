using RoadmapSite.Building;

namespace RoadmapSite.Output;

/// <summary>
/// Brings an output folder in line with a new build by writing only the files whose bytes changed
/// and deleting the ones the build no longer makes. For the live preview, where one edit changes
/// a handful of files: unlike <see cref="SiteWriter"/> it is not atomic, which a preview can afford.
/// </summary>
public sealed class SiteSync(string outputDirectory)
{
    private Dictionary<string, byte[]> _written = new(StringComparer.Ordinal);

    /// <summary>Returns how many files were written and deleted.</summary>
    public (int Written, int Deleted) Update(IReadOnlyList<OutputFile> files)
    {
        var root = Path.GetFullPath(outputDirectory);
        var next = files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        var changed = files.Where(f => !_written.TryGetValue(f.Path, out var old) || !old.AsSpan().SequenceEqual(f.Content)).ToList();
        foreach (var file in changed)
        {
            var path = Path.Combine(root, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }
        var gone = _written.Keys.Where(p => !next.ContainsKey(p)).ToList();
        foreach (var path in gone) File.Delete(Path.Combine(root, path));
        _written = next;
        return (changed.Count, gone.Count);
    }
}
