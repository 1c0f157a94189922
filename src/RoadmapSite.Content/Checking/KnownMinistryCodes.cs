using RoadmapSite.Content.Model;

namespace RoadmapSite.Content.Checking;

/// <summary>
/// Ministries are the ones the source's brackets name (内, 文, 厚, 経), each with its own code:
/// the coverage check matches brackets to ministries by these codes.
/// </summary>
public sealed class KnownMinistryCodes : IContentRule
{
    public static readonly IReadOnlyList<string> Codes = ["内", "文", "厚", "経"];

    public void Check(CheckContext context, ICollection<Diagnostic> diagnostics)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var ministry in context.All<Ministry>().OrderBy(m => m.File, StringComparer.Ordinal))
        {
            if (!Codes.Contains(ministry.Code))
                diagnostics.Add(context.Error(ministry, "code",
                    $"'{ministry.Code}' is not a ministry code the roadmap uses; use one of {string.Join(", ", Codes)}"));
            else if (!seen.TryAdd(ministry.Code, ministry.File))
                diagnostics.Add(context.Error(ministry, "code",
                    $"the code '{ministry.Code}' is already used by {seen[ministry.Code]}; each ministry has its own code"));
        }
    }
}
