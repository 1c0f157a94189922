using System.Diagnostics;

namespace RoadmapSite.Building;

/// <summary>Wall time per build stage, printed by <c>build --timings</c>.</summary>
public sealed class BuildTimings
{
    private readonly List<(string Stage, TimeSpan Elapsed)> _stages = [];

    public T Measure<T>(string stage, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        _stages.Add((stage, clock.Elapsed));
        return result;
    }

    public void Measure(string stage, Action work) => Measure(stage, () => { work(); return 0; });

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages => _stages;

    public override string ToString() =>
        string.Join('\n', _stages.Select(s => $"{s.Stage,-12} {s.Elapsed.TotalMilliseconds,8:F1} ms"))
        + $"\n{"total",-12} {_stages.Sum(s => s.Elapsed.TotalMilliseconds),8:F1} ms";
}
