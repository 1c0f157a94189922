using RoadmapSite.Content.Checking;
using RoadmapSite.Content.Model;

namespace RoadmapSite.Content.Loading;

/// <summary>A record that passed its schema, with the map from its fields back to lines in its file.</summary>
public sealed record LoadedRecord(RecordType Type, Record Record, SourceMap Map)
{
    public string File => Record.File;

    /// <summary>An error at a field of this record (<c>actions[0].ministries[1]</c>; "" for the record itself).</summary>
    public Diagnostic Error(string path, string message)
    {
        var at = Map.Value(path);
        return Diagnostic.Error(File, at.Line, at.Column, message);
    }

    public Diagnostic Warning(string path, string message)
    {
        var at = Map.Value(path);
        return Diagnostic.Warning(File, at.Line, at.Column, message);
    }
}
