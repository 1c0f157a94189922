using RoadmapSite.Content.Model;

namespace RoadmapSite.Content.Publishing;

/// <summary>
/// A published address a renamed record had: <see cref="From"/> (<c>/ja/measures/old-id/</c>) now
/// leads to <see cref="To"/>, the record's current page in the same language.
/// </summary>
public sealed record Redirect(Language Language, string From, string To, Record Target);
