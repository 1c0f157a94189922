using System.CommandLine;
using RoadmapSite.Content.Checking;
using RoadmapSite.Content.Loading;

namespace RoadmapSite.Commands;

/// <summary><c>check</c>: validates all of input/ and prints every problem.</summary>
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
            if (!folder.Exists)
            {
                Console.Error.WriteLine($"check: the input folder '{folder}' does not exist; pass the content folder with --input");
                return ExitCode.InternalError;
            }
            var result = HandbookLoader.Load(folder.FullName);
            Report(result.Diagnostics, parse.GetValue(format)!);
            return result.HasErrors ? ExitCode.ContentErrors : ExitCode.Success;
        });
        return command;
    }

    public static void Report(IEnumerable<Diagnostic> diagnostics, string format)
    {
        var list = diagnostics.ToList();
        foreach (var d in list)
            Console.Error.WriteLine(format == "github" ? d.ToGitHubAnnotation() : d.ToString());
        var errors = list.Count(d => d.Severity == Severity.Error);
        var warnings = list.Count - errors;
        Console.Error.WriteLine(errors == 0
            ? $"check: no errors{(warnings > 0 ? $", {warnings} warning(s)" : "")}"
            : $"check: {errors} error(s), {warnings} warning(s)");
    }
}
