using System.Diagnostics;

namespace RoadmapSite.Tests.Infrastructure;

/// <summary>The site's command line as a reader runs it: a separate process, with its own environment.</summary>
public static class SiteCommand
{
    public sealed record Outcome(int Exit, string Stdout, string Stderr);

    public static Outcome Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
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
