using RoadmapSite.Building;

namespace RoadmapSite.Output;

/// <summary>
/// Writes the site atomically: everything goes into a sibling staging folder, which then replaces
/// the output folder. A build that fails or is interrupted before the swap leaves the previous
/// output exactly as it was.
/// </summary>
public static class SiteWriter
{
    public static void Write(string outputDirectory, IReadOnlyList<OutputFile> files)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var staging = $"{target}.staging-{Environment.ProcessId}";
        var previous = $"{target}.previous-{Environment.ProcessId}";
        DeleteIfExists(staging);
        try
        {
            Parallel.ForEach(files, file =>
            {
                var path = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            });
            Directory.CreateDirectory(staging);
            if (Directory.Exists(target)) Directory.Move(target, previous);
            Directory.Move(staging, target);
        }
        catch (Exception e)
        {
            // Put the previous output back if the swap itself failed halfway.
            if (!Directory.Exists(target) && Directory.Exists(previous)) Directory.Move(previous, target);
            DeleteIfExists(staging);
            // Report the first file that failed rather than the parallel loop's wrapper.
            if (e is AggregateException { InnerExceptions: [var first, ..] })
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
            throw;
        }
        DeleteIfExists(previous);
    }

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }
}
