using RoadmapSite.Tests.Infrastructure;

namespace RoadmapSite.Tests.Editors;

/// <summary>
/// A throwaway copy of the real input/, outside any git checkout, for tests that play an
/// editor's change (rename a record, break a field) without touching the repository.
/// </summary>
public sealed class InputCopy : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "roadmap-editors-" + Guid.NewGuid().ToString("N"));

    public string Input => Path.Combine(Root, "input");

    public InputCopy()
    {
        var from = RepoRoot.Combine("input");
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Input, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string PathOf(string inputRelative) => Path.Combine(Input, inputRelative);

    public string Read(string inputRelative) => File.ReadAllText(PathOf(inputRelative));

    public void Write(string inputRelative, string text) => File.WriteAllText(PathOf(inputRelative), text);

    /// <summary>The text with its first <paramref name="before"/> replaced; fails if there is none, so an edit cannot miss unseen.</summary>
    public static string ReplaceFirst(string text, string before, string after)
    {
        var at = text.IndexOf(before, StringComparison.Ordinal);
        Assert.True(at >= 0, $"no '{before}' to replace");
        return text[..at] + after + text[(at + before.Length)..];
    }

    /// <summary>What an editor does to rename a record: a new file name and id, and optionally the old id kept as a former id.</summary>
    public void Rename(string folder, string oldId, string newId, bool keepFormerId)
    {
        var text = Read($"{folder}/{oldId}.yml").Replace($"\nid: {oldId}\n", $"\nid: {newId}\n" + (keepFormerId ? $"former_ids: [{oldId}]\n" : ""));
        File.Delete(PathOf($"{folder}/{oldId}.yml"));
        Write($"{folder}/{newId}.yml", text);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
