using System.Diagnostics;

namespace RoadmapSite.Printing;

/// <summary>
/// Prints a local HTML file to PDF with the machine's own headless Chromium (Debian's package
/// <c>chromium</c>); it never downloads a browser. The page is printed with its print stylesheet,
/// so the PDF is what a reader gets from the browser's own Print to A4, without header and footer.
/// </summary>
public sealed class ChromiumPrinter(string executable)
{
    /// <summary>Names a Chromium to use instead of the first one on PATH.</summary>
    public const string EnvironmentVariable = "ROADMAPSITE_CHROMIUM";

    private static readonly string[] CommandNames = ["chromium", "chromium-browser", "google-chrome"];

    /// <summary>A cold start (first run after boot, fonts not cached) took 16 s on the 2-core machine; a hung browser must not hang the build.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(120);

    public string Executable => executable;

    /// <summary>The Chromium named by <see cref="EnvironmentVariable"/>, else the first of the usual command names on PATH.</summary>
    public static ChromiumPrinter? Find(out string whyNot)
    {
        whyNot = "";
        var named = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(named))
        {
            if (File.Exists(named)) return new ChromiumPrinter(Path.GetFullPath(named));
            whyNot = $"{EnvironmentVariable} names {named}, which does not exist";
            return null;
        }
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var name in CommandNames)
            foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate)) return new ChromiumPrinter(candidate);
            }
        whyNot = $"no {string.Join(", ", CommandNames)} on PATH (install Debian's chromium, or set {EnvironmentVariable})";
        return null;
    }

    /// <summary>Prints <paramref name="htmlFile"/> to <paramref name="pdfFile"/>; returns null on success, else what went wrong.</summary>
    /// <param name="profileFolder">An empty folder of its own: two Chromiums sharing a profile would
    /// hand the second print to the first, and the reader's own profile stays untouched.</param>
    public string? Print(string htmlFile, string pdfFile, string profileFolder)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // No sandbox: CI and Netlify-like builders run as root, where Chromium's sandbox refuses to
        // start; the page is our own output in a private folder. The rest keep the browser from
        // reaching the network, which it has no need of.
        foreach (var argument in (string[])[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", "--no-first-run",
            "--no-default-browser-check", $"--user-data-dir={profileFolder}",
            "--no-pdf-header-footer", $"--print-to-pdf={pdfFile}", new Uri(htmlFile).AbsoluteUri])
            start.ArgumentList.Add(argument);
        // Chromium writes the PDF's dates in local time; in UTC their text has one fixed length,
        // which PdfDates relies on to replace them without moving a byte.
        start.Environment["TZ"] = "UTC";

        using var process = new Process { StartInfo = start };
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"could not start {executable}: {e.Message}";
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeLimit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return $"{executable} did not finish printing within {TimeLimit.TotalSeconds:F0} s";
        }
        process.WaitForExit();
        if (process.ExitCode != 0 || !IsPdf(pdfFile))
        {
            string said;
            lock (output) said = LastLines(output.ToString(), 5);
            return $"{executable} exited {process.ExitCode} without a PDF{(said.Length > 0 ? ":\n" + said : "")}";
        }
        return null;
    }

    private static bool IsPdf(string file)
    {
        if (!File.Exists(file)) return false;
        Span<byte> head = stackalloc byte[5];
        using var stream = File.OpenRead(file);
        return stream.Read(head) == 5 && head.SequenceEqual("%PDF-"u8);
    }

    private static string LastLines(string text, int count) =>
        string.Join('\n', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(count));
}
