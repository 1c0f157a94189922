using RoadmapSite.Content.Loading;
using RoadmapSite.Content.Model;

namespace RoadmapSite.Tests.Infrastructure;

/// <summary>The real content of input/, loaded once for every test that needs the model.</summary>
public static class RealHandbook
{
    private static readonly Lazy<Handbook> Loaded = new(() =>
        HandbookLoader.Load(RepoRoot.Combine("input")).Handbook ?? throw new InvalidOperationException("input/ does not check clean"));

    public static Handbook Value => Loaded.Value;
}
