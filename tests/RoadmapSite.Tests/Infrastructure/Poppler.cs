using System.Diagnostics;

namespace RoadmapSite.Tests.Infrastructure;

/// <summary>
/// Reads a PDF as a reader's tools do, with poppler-utils (<c>pdftotext</c>, <c>pdfinfo</c>).
/// Missing tools fail the test with what to install, never skip it.
/// </summary>
public static class Poppler
{
    /// <summary>The PDF's text in reading order, as a reader who copies or searches it gets it.</summary>
    public static string Text(string pdf) => Run("pdftotext", "-enc", "UTF-8", pdf, "-");

    /// <summary>pdfinfo's fields: Title, Pages, Page size, CreationDate …</summary>
    public static IReadOnlyDictionary<string, string> Info(string pdf) =>
        Run("pdfinfo", "-enc", "UTF-8", pdf)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(':', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0].Trim(), pair => pair[1].Trim());

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new FileNotFoundException($"{tool} is missing: install it with `apt-get install -y poppler-utils` (.ci/run does).");
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} {string.Join(' ', args)} exited {process.ExitCode}: {stderr}");
            return stdout.Result;
        }
    }
}
