using System.CommandLine;
using RoadmapSite.Content.Checking;
using RoadmapSite.Building;

namespace RoadmapSite.Commands;

/// <summary>
/// <c>check</c>: validates all of input/ and prints every problem. It renders the whole site in
/// memory, writing nothing, so it also catches what only a build shows: a published URL lost
/// without a redirect.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var format = CommonOptions.Format();
        var command = new Command("check", "Validate the content in input/ and print every problem") { input, format };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(input)!;
            if (CommonOptions.InputIsMissing(folder, "check")) return ExitCode.InternalError;
            var result = SiteBuilder.Render(folder.FullName);
            Report(result.Diagnostics, parse.GetValue(format)!);
            ReportUntranslated(result.Untranslated);
            ReportBrokenLinks(result.BrokenLinks);
            return result.ContentErrors ? ExitCode.ContentErrors : result.Succeeded ? ExitCode.Success : ExitCode.InternalError;
        });
        return command;
    }

    /// <summary>A broken internal link is the theme's fault, never the editor's.</summary>
    public static void ReportBrokenLinks(IEnumerable<string> brokenLinks)
    {
        foreach (var link in brokenLinks)
            Console.Error.WriteLine($"internal error: broken link in the theme's output: {link}");
    }

    /// <summary>
    /// The translators' to-do list: one line per record whose English is pending (en: ~), after
    /// the tally, so it is the last thing an editor reads. Log text in either format: on GitHub
    /// each pending text is already an annotation, and this list reads the same in the job's log.
    /// </summary>
    public static void ReportUntranslated(IReadOnlyList<UntranslatedRecord> untranslated)
    {
        if (untranslated.Count == 0) return;
        Console.Error.WriteLine($"not yet translated into English: {untranslated.Count} record{(untranslated.Count == 1 ? "" : "s")}");
        foreach (var record in untranslated)
            Console.Error.WriteLine($"  {record}");
    }

    public static void Report(IEnumerable<Diagnostic> diagnostics, string format)
    {
        var list = diagnostics.ToList();
        foreach (var d in list)
            // GitHub reads workflow commands from standard output only.
            if (format == "github") Console.Out.WriteLine(d.ToGitHubAnnotation());
            else Console.Error.WriteLine(d);
        var errors = list.Count(d => d.Severity == Severity.Error);
        var warnings = list.Count - errors;
        Console.Error.WriteLine(errors == 0
            ? $"check: no errors{(warnings > 0 ? $", {warnings} warning(s)" : "")}"
            : $"check: {errors} error(s), {warnings} warning(s)");
    }
}
