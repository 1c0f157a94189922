using System.Collections.Concurrent;
using RoadmapSite.Content.Checking;

namespace RoadmapSite.Content.Loading;

/// <summary>
/// What loading each file gave last time, by its length and time of last write, so that the live
/// preview, after an edit, reads and validates only the files that changed. The rules that span
/// records still run over all of them: they are cheap next to reading YAML. A change to any schema
/// forgets everything, since every record is validated against one.
/// </summary>
public sealed class LoadCache
{
    private sealed record Entry(long Length, DateTime Written, LoadedRecord? Record, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private string _schemas = "";
    private ConcurrentBag<string> _read = [];
    private Dictionary<string, InputFile> _files = new(StringComparer.Ordinal);

    /// <summary>
    /// The files read afresh by the last load, as messages and records name them: every file the
    /// first time, then the edited ones.
    /// </summary>
    public IReadOnlySet<string> ReadLastTime { get; private set; } = new HashSet<string>();

    internal void Begin(string schemaDirectory)
    {
        var schemas = string.Join('\n', Directory.Exists(schemaDirectory)
            ? new DirectoryInfo(schemaDirectory).EnumerateFiles().OrderBy(f => f.Name, StringComparer.Ordinal)
                .Select(f => $"{f.Name} {f.Length} {f.LastWriteTimeUtc.Ticks}")
            : []);
        if (schemas != _schemas) _entries.Clear();
        _schemas = schemas;
        _read = [];
    }

    internal LoadedRecord? Load(InputFile file, List<Diagnostic> diagnostics, Func<InputFile, List<Diagnostic>, LoadedRecord?> load)
    {
        var info = new FileInfo(file.FullPath);
        if (info.Exists && _entries.TryGetValue(file.FullPath, out var known)
            && known.Length == info.Length && known.Written == info.LastWriteTimeUtc)
        {
            diagnostics.AddRange(known.Diagnostics);
            return known.Record;
        }
        _read.Add(file.DisplayPath);
        var record = load(file, diagnostics);
        if (info.Exists) _entries[file.FullPath] = new Entry(info.Length, info.LastWriteTimeUtc, record, diagnostics.ToList());
        return record;
    }

    internal void End(IReadOnlyList<InputFile> files)
    {
        _files = files.ToDictionary(f => f.FullPath, StringComparer.Ordinal);
        // Forget deleted files, so a file deleted and written again is read again.
        foreach (var path in _entries.Keys.Where(p => !_files.ContainsKey(p)).ToList()) _entries.TryRemove(path, out _);
        ReadLastTime = _read.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The record files the last load found, in its order.</summary>
    internal IEnumerable<InputFile> Files => _files.Values;

    /// <summary>The file of the last load at this full path, if it was one.</summary>
    internal InputFile? File(string fullPath) => _files.GetValueOrDefault(fullPath);

    /// <summary>What the last load gave for a file, without looking at the file again.</summary>
    internal (LoadedRecord? Record, IReadOnlyList<Diagnostic> Diagnostics)? Known(InputFile file) =>
        _entries.TryGetValue(file.FullPath, out var known) ? (known.Record, known.Diagnostics) : null;
}
