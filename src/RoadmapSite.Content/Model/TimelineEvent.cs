namespace RoadmapSite.Content.Model;

/// <summary>A dated event or period on the timeline. A span has an <see cref="End"/>.</summary>
public sealed record TimelineEvent : Record
{
    public required Bilingual Title { get; init; }
    public required Bilingual Description { get; init; }
    public required PartialDate Start { get; init; }
    public PartialDate? End { get; init; }
    /// <summary>How the source writes the date (令和6年3月29日, 第3期 ...).</summary>
    public required string SourceWording { get; init; }
}
