using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using RoadmapSite.Content.Model;

namespace RoadmapSite.Building;

/// <summary>
/// Reads when each file of input/ last changed from one <c>git log</c> over the whole folder: one
/// process for all files keeps the build fast however many records there are. Outside a git
/// checkout, or where git is missing, the history is simply empty.
/// </summary>
public static class GitHistory
{
    private const char CommitMark = '\u001e';
    private const char FieldMark = '\u001f';

    public static ChangeHistory Read(string inputDirectory)
    {
        var folder = Path.GetFullPath(inputDirectory);
        // Where input/ sits in the repository ("input/"), for links to a file's public history.
        var prefix = Git(folder, "rev-parse", "--show-prefix")?.Trim();
        if (prefix is null) return ChangeHistory.None;
        // --relative names files from input/ itself; merges list no files, so a change is dated by
        // the commit that made it, not by the merge that brought it in.
        var log = Git(folder, "-c", "core.quotepath=off", "log", $"--format={CommitMark}%H{FieldMark}%cI", "--name-only", "--relative", "--", ".");
        return log is null ? ChangeHistory.None : new ChangeHistory(Parse(log, prefix));
    }

    /// <summary>The log is newest first, so the first commit naming a file is its last change.</summary>
    private static Dictionary<string, RecordChange> Parse(string log, string prefix)
    {
        var changes = new Dictionary<string, RecordChange>(StringComparer.Ordinal);
        foreach (var entry in log.Split(CommitMark, StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = entry.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (lines.Length < 2) continue;
            var fields = lines[0].Split(FieldMark);
            if (fields.Length != 2 || !DateTimeOffset.TryParse(fields[1], CultureInfo.InvariantCulture, DateTimeStyles.None, out var committed)) continue;
            foreach (var file in lines.Skip(1))
                changes.TryAdd(file, new RecordChange(fields[0], committed, prefix + file));
        }
        return changes;
    }

    private static string? Git(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        try
        {
            using var git = Process.Start(start);
            if (git is null) return null;
            var stderr = git.StandardError.ReadToEndAsync();
            var output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            _ = stderr.Result;
            return git.ExitCode == 0 ? output : null;
        }
        catch (Win32Exception)
        {
            // git is not installed: build without dates, as outside a checkout.
            return null;
        }
    }
}
