using RoadmapSite.Content.Checking;
using RoadmapSite.Content.Model;

namespace RoadmapSite.Content.Loading;

/// <summary>
/// What loading <c>input/</c> gave: the handbook when there were no errors, and every diagnostic
/// (errors and warnings) in file, line order.
/// </summary>
public sealed record LoadResult(Handbook? Handbook, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The records whose English is still pending (<c>en: ~</c>): the translators' to-do list.</summary>
    public IReadOnlyList<UntranslatedRecord> Untranslated { get; init; } = [];

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
