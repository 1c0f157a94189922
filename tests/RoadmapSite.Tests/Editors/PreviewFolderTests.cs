using RoadmapSite.Previewing;

namespace RoadmapSite.Tests.Editors;

/// <summary>A preview killed before it cleaned up must not leave its whole site in the temporary folder for good.</summary>
public sealed class PreviewFolderTests : IDisposable
{
    private readonly string _temporary = Directory.CreateTempSubdirectory("roadmap-temp-").FullName;

    [Fact]
    public void The_folders_of_previews_no_longer_running_are_removed_and_a_running_ones_kept()
    {
        // A process number no running process has: the largest a Linux kernel hands out, and more.
        var ended = PreviewFolder.For(int.MaxValue - 1, _temporary);
        var running = PreviewFolder.For(Environment.ProcessId, _temporary);
        var other = Path.Combine(_temporary, "roadmapsite-preview-notes");
        foreach (var folder in new[] { ended, running, other }) Directory.CreateDirectory(Path.Combine(folder, "en"));
        File.WriteAllText(Path.Combine(ended, "en", "index.html"), "<p>a whole site</p>");

        Assert.Equal(1, PreviewFolder.RemoveAbandoned(_temporary));

        Assert.False(Directory.Exists(ended));
        Assert.True(Directory.Exists(running));
        Assert.True(Directory.Exists(other));
    }

    public void Dispose() => Directory.Delete(_temporary, recursive: true);
}
