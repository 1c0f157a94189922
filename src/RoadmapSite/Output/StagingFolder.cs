using RoadmapSite.Building;

namespace RoadmapSite.Output;

/// <summary>
/// Writes the site atomically: files go into a sibling staging folder as they are made, and
/// <see cref="Commit"/> swaps it in for the output folder. A build that fails or is interrupted
/// before the swap leaves the previous output exactly as it was; disposing an uncommitted staging
/// folder deletes it.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private readonly string _target;
    private readonly string _staging;
    private bool _committed;

    public StagingFolder(string outputDirectory)
    {
        _target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        _staging = $"{_target}.staging-{Environment.ProcessId}";
        DeleteIfExists(_staging);
        Directory.CreateDirectory(_staging);
    }

    /// <summary>The folder the files are written to until the swap.</summary>
    public string Folder => _staging;

    /// <summary>Writes one file; safe to call from several threads for different files.</summary>
    public void Add(OutputFile file)
    {
        var path = Path.Combine(_staging, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        file.WriteTo(path);
    }

    public void Commit()
    {
        var previous = $"{_target}.previous-{Environment.ProcessId}";
        try
        {
            if (Directory.Exists(_target)) Directory.Move(_target, previous);
            Directory.Move(_staging, _target);
            _committed = true;
        }
        finally
        {
            // Put the previous output back if the swap itself failed halfway.
            if (!Directory.Exists(_target) && Directory.Exists(previous)) Directory.Move(previous, _target);
        }
        DeleteIfExists(previous);
    }

    public void Dispose()
    {
        if (!_committed) DeleteIfExists(_staging);
    }

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }
}
