using System.Diagnostics;

namespace RoadmapSite.Previewing;

/// <summary>
/// Where a preview writes its site: a folder of the system's temporary folder named after its
/// process, deleted when it stops. A preview killed before it could delete it (during its first
/// build, or by SIGKILL) leaves a whole site behind, 0.8 GB at 10,000 measures; the next preview
/// removes those of previews no longer running.
/// </summary>
public static class PreviewFolder
{
    private const string Prefix = "roadmapsite-preview-";

    public static string For(int processId, string? temporary = null) =>
        Path.Combine(temporary ?? Path.GetTempPath(), Prefix + processId);

    /// <summary>Deletes the folders of previews whose process has ended; returns how many.</summary>
    public static int RemoveAbandoned(string? temporary = null)
    {
        var removed = 0;
        foreach (var folder in Directory.EnumerateDirectories(temporary ?? Path.GetTempPath(), Prefix + "*"))
        {
            if (!int.TryParse(Path.GetFileName(folder)[Prefix.Length..], out var processId) || Running(processId)) continue;
            try
            {
                Directory.Delete(folder, recursive: true);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another preview's, or one being removed by another start: left alone.
            }
        }
        return removed;
    }

    private static bool Running(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
