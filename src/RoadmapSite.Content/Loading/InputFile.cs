namespace RoadmapSite.Content.Loading;

/// <summary>A record file found in input/: its type, where it is on disk, and how messages name it.</summary>
public sealed record InputFile(RecordType Type, string FullPath, string DisplayPath);
