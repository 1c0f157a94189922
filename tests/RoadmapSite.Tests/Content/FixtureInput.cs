using RoadmapSite.Tests.Infrastructure;

namespace RoadmapSite.Tests.Content;

/// <summary>
/// A throwaway input/ tree: the minimal valid fixture, the repository's real schemas (one source
/// of truth), and a bad-input case's files laid over it. Deleted on dispose.
/// </summary>
public sealed class FixtureInput : IDisposable
{
    public string Root { get; }

    /// <summary>input/ inside <see cref="Root"/>, so messages read <c>input/measures/x.yml</c>.</summary>
    public string Input => Path.Combine(Root, "input");

    public FixtureInput(string? badInputCase = null)
        : this(badInputCase is null ? [] : [$"tests/fixtures/bad-input/{badInputCase}"])
    {
    }

    private FixtureInput(IEnumerable<string> overlays)
    {
        Root = Path.Combine(Path.GetTempPath(), "roadmap-fixture-" + Guid.NewGuid().ToString("N"));
        Copy(RepoRoot.Combine("tests/fixtures/minimal"), Input);
        Copy(RepoRoot.Combine("input/schemas"), Path.Combine(Input, "schemas"));
        foreach (var overlay in overlays)
            Copy(RepoRoot.Combine(overlay), Input);
    }

    /// <summary>The minimal tree with the files of a repo-relative folder laid over it.</summary>
    public static FixtureInput WithOverlay(string repoRelativeFolder) => new([repoRelativeFolder]);

    public string PathOf(string inputRelative) => Path.Combine(Input, inputRelative);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
