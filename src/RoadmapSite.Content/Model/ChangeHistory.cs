namespace RoadmapSite.Content.Model;

/// <summary>
/// When each record last changed, by its file's path inside input/ (<c>measures/x.yml</c>).
/// Empty when the site is built outside a git checkout: pages then show no date.
/// </summary>
public sealed class ChangeHistory(IReadOnlyDictionary<string, RecordChange> byInputPath)
{
    public static readonly ChangeHistory None = new(new Dictionary<string, RecordChange>());

    public bool IsEmpty => byInputPath.Count == 0;

    public RecordChange? Of(Record record) => byInputPath.GetValueOrDefault(InputPath(record.File));

    /// <summary>Record files sit one folder deep in input/, so the last two segments name them wherever input/ is.</summary>
    private static string InputPath(string file)
    {
        var segments = file.Split('/');
        return segments.Length >= 2 ? $"{segments[^2]}/{segments[^1]}" : file;
    }
}
