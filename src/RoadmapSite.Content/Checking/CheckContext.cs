using RoadmapSite.Content.Loading;
using RoadmapSite.Content.Model;

namespace RoadmapSite.Content.Checking;

/// <summary>
/// What rules see: every record that passed its schema, indexed by type and id, and where each
/// field is in its file so a message can point at it.
/// </summary>
public sealed class CheckContext
{
    private readonly Dictionary<Record, LoadedRecord> _byRecord;

    private readonly HashSet<(RecordType, string)> _unreadable;

    public CheckContext(IReadOnlyList<LoadedRecord> records, IEnumerable<InputFile> unreadable)
    {
        Records = records;
        _unreadable = unreadable.Select(f => (f.Type, Path.GetFileNameWithoutExtension(f.FullPath))).ToHashSet();
        _byRecord = records.ToDictionary<LoadedRecord, Record>(r => r.Record, ReferenceEqualityComparer.Instance);
    }

    public IReadOnlyList<LoadedRecord> Records { get; }

    public IEnumerable<T> All<T>() where T : Record => Records.Select(r => r.Record).OfType<T>();

    /// <summary>
    /// Whether a file named for this id exists but could not be read. Its own error is already
    /// reported; rules stay quiet about references to it rather than add a misleading second one.
    /// </summary>
    public bool IsUnreadable(RecordType type, string id) => _unreadable.Contains((type, id));

    /// <summary>Whether every file of a type loaded; rules about the whole set (gaps, pairs) need that.</summary>
    public bool AllLoaded(RecordType type) => !_unreadable.Any(u => u.Item1 == type);

    /// <summary>An error at a field of a record (<c>actions[0].ministries[1]</c>; "" for the record itself).</summary>
    public Diagnostic Error(Record record, string path, string message)
    {
        var at = Locate(record, path);
        return Diagnostic.Error(record.File, at.Line, at.Column, message);
    }

    public Diagnostic Warning(Record record, string path, string message)
    {
        var at = Locate(record, path);
        return Diagnostic.Warning(record.File, at.Line, at.Column, message);
    }

    private Position Locate(Record record, string path)
    {
        var map = _byRecord.TryGetValue(record, out var loaded) ? loaded.Map : SourceMap.Empty;
        return map.Value(path);
    }
}
