using RoadmapSite.Content.Checking;
using RoadmapSite.Content.Model;

namespace RoadmapSite.Content.Loading;

/// <summary>
/// What loading <c>input/</c> gave: the handbook when there were no errors, and every diagnostic
/// (errors and warnings) in file, line order.
/// </summary>
public sealed record LoadResult(Handbook? Handbook, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
