using RoadmapSite.Content.Model;

namespace RoadmapSite.Theme.Text;

/// <summary>Maps days onto the horizontal axis shared by every span on the timeline, so spans compare at a glance.</summary>
public sealed class TimelineScale(IEnumerable<TimelineEvent> events)
{
    public const int Width = 600;

    private readonly DateOnly _first = events.Select(e => e.Start.First).DefaultIfEmpty(DateOnly.MinValue).Min();
    private readonly DateOnly _last = events.Select(e => (e.End ?? e.Start).Last).DefaultIfEmpty(DateOnly.MinValue).Max();

    public int X(DateOnly day)
    {
        var total = Math.Max(1, _last.DayNumber - _first.DayNumber);
        return (int)Math.Round((double)(day.DayNumber - _first.DayNumber) * Width / total);
    }
}
