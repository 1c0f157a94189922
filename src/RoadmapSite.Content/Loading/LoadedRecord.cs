using RoadmapSite.Content.Model;

namespace RoadmapSite.Content.Loading;

/// <summary>A record that passed its schema, with the map from its fields back to lines in its file.</summary>
public sealed record LoadedRecord(RecordType Type, Record Record, SourceMap Map)
{
    public string File => Record.File;
}
