using System.Diagnostics;
using System.Text.Json;
using RoadmapSite.Tests.Infrastructure;

namespace RoadmapSite.Tests.Validity;

/// <summary>
/// The W3C Nu HTML Checker (npm vnu-jar) run once over a whole folder: one JVM start for every
/// page instead of one per file, which is what keeps validating a full site to seconds.
/// </summary>
public static class NuHtmlChecker
{
    public static string JarPath => RepoRoot.Combine("node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static async Task<IReadOnlyList<VnuMessage>> CheckFolderAsync(string folder)
    {
        if (!File.Exists(JarPath))
            throw new FileNotFoundException($"The Nu HTML Checker is missing at {JarPath}: run `npm ci` in the repository root.", JarPath);

        var start = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            ArgumentList = { "-jar", JarPath, "--format", "json", "--skip-non-html", folder },
        };
        using var java = Process.Start(start) ?? throw new InvalidOperationException("Could not start java.");
        var stdout = java.StandardOutput.ReadToEndAsync();
        var stderr = java.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await java.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            java.Kill(entireProcessTree: true);
            throw new TimeoutException($"The Nu HTML Checker took longer than {Limit} on {folder}.");
        }

        // vnu writes its JSON report to stderr and exits 1 when it found errors; only a report it
        // could not write at all is a failure of the checker rather than of the pages.
        var report = await stderr;
        var output = report.TrimStart().StartsWith('{') ? JsonSerializer.Deserialize<VnuOutput>(report) : null;
        return output?.Messages ?? throw new InvalidOperationException(
            $"The Nu HTML Checker exited {java.ExitCode} without a JSON report:\n{report}\n{await stdout}");
    }
}
