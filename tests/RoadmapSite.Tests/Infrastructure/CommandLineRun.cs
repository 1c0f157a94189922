using System.Diagnostics;

namespace RoadmapSite.Tests.Infrastructure;

/// <summary>The generator run as an editor runs it, a separate process: its exit code and both output streams.</summary>
public sealed record CommandLineRun(int Exit, string Stdout, string Stderr)
{
    public static CommandLineRun Of(string workingDirectory, params string[] args) =>
        Of(workingDirectory, new Dictionary<string, string?>(), args);

    /// <param name="environment">Variables to set (or, with null, to remove) for this run only.</param>
    public static CommandLineRun Of(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "RoadmapSite.dll");
        var start = new ProcessStartInfo("dotnet", [cli, .. args])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new(process.ExitCode, stdout.Result, stderr);
    }
}
