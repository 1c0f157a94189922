using RoadmapSite.Content.Model;

namespace RoadmapSite.Content.Loading;

/// <summary>
/// The handbook with an editor's saved files read again (<see cref="HandbookLoader.LoadEdited"/>),
/// and those files as records name them (<c>input/measures/x.yml</c>).
/// </summary>
public sealed record EditedLoad(Handbook Handbook, IReadOnlySet<string> Files);
