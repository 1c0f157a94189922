using System.Collections.Concurrent;
using System.Security.Cryptography;
using RoadmapSite.Building;

namespace RoadmapSite.Output;

/// <summary>
/// Brings an output folder in line with a new build by writing only the files whose bytes changed
/// and deleting the ones the build no longer makes. For the live preview, where one edit changes
/// a handful of files: unlike <see cref="StagingFolder"/> it is not atomic, which a preview can
/// afford. It remembers a hash of each file, not its bytes, so a large site is not held twice.
/// </summary>
public sealed class SiteSync(string outputDirectory)
{
    private readonly string _root = Path.GetFullPath(outputDirectory);
    private readonly ConcurrentDictionary<string, byte[]> _written = new(StringComparer.Ordinal);

    /// <summary>Writes the file unless it is already there with these bytes; safe from several threads for different files.</summary>
    public bool Write(OutputFile file)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var chunk in file.Content) sha.AppendData(chunk.Span);
        var hash = sha.GetHashAndReset();
        if (_written.TryGetValue(file.Path, out var old) && old.AsSpan().SequenceEqual(hash)) return false;
        var path = Path.Combine(_root, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        file.WriteTo(path);
        _written[file.Path] = hash;
        return true;
    }

    /// <summary>Deletes every file written before that a whole build, making <paramref name="made"/>, no longer makes; returns how many.</summary>
    public int DeleteAllBut(IEnumerable<string> made)
    {
        var keep = made.ToHashSet(StringComparer.Ordinal);
        var gone = _written.Keys.Where(p => !keep.Contains(p)).ToList();
        foreach (var path in gone)
        {
            File.Delete(Path.Combine(_root, path));
            _written.TryRemove(path, out _);
        }
        return gone.Count;
    }
}
