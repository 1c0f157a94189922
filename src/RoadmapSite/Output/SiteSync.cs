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
/// <remarks>
/// A file that changes is written into its spare beside it (<c>.index.html.spare</c>, which a
/// server does not serve), and the two swap names in one rename. The replaced file becomes the
/// next spare, so rewriting a page reuses its disk blocks: at 10,000 measures a new file for each
/// 25 MB page cost 20-150 ms of block allocation and freeing, and writing over the spare's blocks
/// 8-12 ms. A reader has the old file or the new one, never part of each, unless it is still
/// reading the old one when the page changes again and its spare is written: an edit later, which
/// at 10,000 measures is seconds, where a page takes milliseconds to send.
/// </remarks>
public sealed class SiteSync(string outputDirectory)
{
    private const string SpareSuffix = ".spare";
    private readonly string _root = Path.GetFullPath(outputDirectory);
    private readonly ConcurrentDictionary<string, byte[]> _written = new(StringComparer.Ordinal);

    /// <summary>Writes the file unless it is already there with these bytes; safe from several threads for different files.</summary>
    public bool Write(OutputFile file)
    {
        var xxh = new XxHash128();
        foreach (var chunk in file.Content) xxh.Append(chunk.Span);
        var hash = xxh.GetCurrentHash();
        if (Unchanged(file.Path, hash)) return false;
        Replace(file.Path, bufferSize: 0, stream =>
        {
            foreach (var chunk in file.Content) stream.Write(chunk.Span);
        }, () => false);
        _written[file.Path] = hash;
        return true;
    }

    /// <summary>
    /// Writes what <paramref name="write"/> makes to <paramref name="path"/> unless the file is already
    /// there with these bytes, without holding them in memory: for the preview's largest pages, which
    /// at 10,000 measures are tens of megabytes each, and which held in memory kept the collector busy.
    /// A page that fails to render leaves the old page in place.
    /// </summary>
    public bool Write(string path, Action<Stream> write)
    {
        byte[] hash = [];
        var replaced = Replace(path, bufferSize: 64 * 1024, stream =>
        {
            using var hashing = new HashingStream(stream);
            write(hashing);
            hashing.Flush();
            hash = hashing.Hash();
        }, () => Unchanged(path, hash));
        if (replaced) _written[path] = hash;
        return replaced;
    }

    /// <summary>Writes a new file in place, or a changed one into its spare and swaps the two; false when <paramref name="unchanged"/> says there was nothing to swap.</summary>
    private bool Replace(string path, int bufferSize, Action<Stream> write, Func<bool> unchanged)
    {
        var target = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // A page the output does not have yet (every page of the first build) has no reader to keep
        // whole, and no spare is worth its disk space.
        if (!File.Exists(target))
        {
            try
            {
                using var created = Open(target, FileMode.Create, bufferSize);
                write(created);
            }
            catch
            {
                File.Delete(target);
                throw;
            }
            return true;
        }

        var spare = SpareOf(target);
        using (var stream = Open(spare, FileMode.OpenOrCreate, bufferSize))
        {
            write(stream);
            stream.Flush();
            stream.SetLength(stream.Position);
        }
        if (unchanged()) return false;
        if (!FileSwap.TryExchange(spare, target)) File.Move(spare, target, overwrite: true);
        return true;
    }

    // FileShare.Read: on Unix .NET locks a file opened with None, and the preview's server, reading
    // the page at that moment, would fail with an error instead of a page.
    private static FileStream Open(string path, FileMode mode, int bufferSize) =>
        new(path, mode, FileAccess.Write, FileShare.Read | FileShare.Delete, bufferSize);

    private static string SpareOf(string target) =>
        Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target) + SpareSuffix);

    private bool Unchanged(string path, byte[] hash) => _written.TryGetValue(path, out var old) && old.AsSpan().SequenceEqual(hash);

    /// <summary>Deletes every file written before that a whole build, making <paramref name="made"/>, no longer makes; returns how many.</summary>
    public int DeleteAllBut(IEnumerable<string> made)
    {
        var keep = made.ToHashSet(StringComparer.Ordinal);
        var gone = _written.Keys.Where(p => !keep.Contains(p)).ToList();
        foreach (var path in gone)
        {
            var file = Path.Combine(_root, path);
            File.Delete(file);
            File.Delete(SpareOf(file));
            _written.TryRemove(path, out _);
        }
        return gone.Count;
    }
}
