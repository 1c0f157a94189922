using System.Collections.Concurrent;
using System.IO.Hashing;
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
    private readonly ConcurrentBag<FileStream?> _replaced = [];

    /// <summary>Writes the file unless it is already there with these bytes; safe from several threads for different files.</summary>
    public bool Write(OutputFile file)
    {
        var xxh = new XxHash128();
        foreach (var chunk in file.Content) xxh.Append(chunk.Span);
        var hash = xxh.GetCurrentHash();
        if (Unchanged(file.Path, hash)) return false;
        var path = Path.Combine(_root, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        file.WriteTo(path);
        _written[file.Path] = hash;
        return true;
    }

    /// <summary>
    /// Writes what <paramref name="write"/> makes to <paramref name="path"/> unless the file is already
    /// there with these bytes, without holding them in memory: the page goes to a file beside it,
    /// which replaces it in one rename if it differs. For the preview's largest pages, which at 10,000
    /// measures are tens of megabytes each, and which held in memory kept the collector busy.
    /// </summary>
    public bool Write(string path, Action<Stream> write)
    {
        var target = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        byte[] hash;
        try
        {
            using var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024);
            using var hashing = new HashingStream(file);
            write(hashing);
            hash = hashing.Hash();
        }
        catch
        {
            // A page that failed to render leaves nothing behind in the output folder.
            File.Delete(temporary);
            throw;
        }
        if (Unchanged(path, hash))
        {
            File.Delete(temporary);
            return false;
        }
        // The rename frees the old page's blocks, which for the largest pages (25 MB at 10,000
        // measures) took tens of milliseconds: a handle kept open on it defers that to its closing.
        _replaced.Add(Open(target));
        File.Move(temporary, target, overwrite: true);
        _written[path] = hash;
        return true;
    }

    /// <summary>Lets go of the pages replaced by <see cref="Write(string, Action{Stream})"/>, once the pages a reader waits for are written.</summary>
    public void ReleaseReplaced()
    {
        while (_replaced.TryTake(out var old)) old?.Dispose();
    }

    private static FileStream? Open(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    private bool Unchanged(string path, byte[] hash) => _written.TryGetValue(path, out var old) && old.AsSpan().SequenceEqual(hash);

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
