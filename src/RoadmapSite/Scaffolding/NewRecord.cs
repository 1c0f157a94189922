namespace RoadmapSite.Scaffolding;

/// <summary>A file <c>new</c> writes: its path inside input/ (<c>measures/x.yml</c>) and its text.</summary>
public sealed record NewRecord(string InputPath, string Text);
