using System.CommandLine;
using RoadmapSite.Building;
using RoadmapSite.Printing;

namespace RoadmapSite.Commands;

/// <summary><c>build</c>: checks input/ and, only if it is clean, builds the whole site into output/.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var output = CommonOptions.Output();
        var format = CommonOptions.Format();
        var showTimings = new Option<bool>("--timings") { Description = "Print the wall time of each build stage" };
        var recordUrls = new Option<bool>("--record-urls")
        {
            Description = $"After a successful build, add its new URLs to input/{PublishedUrls.FileName} (commit the file with your change)",
        };
        var pdf = new Option<string>("--pdf")
        {
            Description = "Print the whole handbook (/{lang}/handbook/) to an A4 PDF per language with headless Chromium, "
                + $"found on PATH or named by {ChromiumPrinter.EnvironmentVariable}: auto makes it when Chromium is found and "
                + "otherwise warns and builds without it; always fails (exit 2) without it; never skips it",
            DefaultValueFactory = _ => "auto",
        }.AcceptOnlyFromAmong("auto", "always", "never");
        var command = new Command("build", "Check input/ and build the site into output/") { input, output, format, showTimings, recordUrls, pdf };
        command.SetAction(parse =>
        {
            var timings = new BuildTimings();
            if (CommonOptions.InputIsMissing(parse.GetValue(input)!, "build")) return ExitCode.InternalError;
            var inputDirectory = parse.GetValue(input)!.FullName;
            var pdfMode = parse.GetValue(pdf) switch { "always" => PdfMode.Always, "never" => PdfMode.Never, _ => PdfMode.Auto };
            var result = SiteBuilder.Build(inputDirectory, parse.GetValue(output)!.FullName, timings, new BuildOptions(Pdf: pdfMode));
            if (result.Diagnostics.Count > 0 || result.ContentErrors)
                CheckCommand.Report(result.Diagnostics, parse.GetValue(format)!);
            CheckCommand.ReportBrokenLinks(result.BrokenLinks);
            ReportPdf(result.Pdf);
            if (parse.GetValue(showTimings))
                Console.Error.WriteLine(timings);
            if (result.ContentErrors)
            {
                Console.Error.WriteLine("build: not built; the previous output is unchanged.");
                return ExitCode.ContentErrors;
            }
            if (result.Pdf.Failed) Console.Error.WriteLine("build: not built, as --pdf always asks for the PDF; the previous output is unchanged.");
            if (!result.Succeeded) return ExitCode.InternalError;
            Console.Error.WriteLine($"build: {result.Files.Count} files written to {Path.GetRelativePath(Environment.CurrentDirectory, parse.GetValue(output)!.FullName)}");
            if (parse.GetValue(recordUrls))
            {
                var added = PublishedUrls.Record(inputDirectory, result.Files.Select(OutputFile.SitePathOf));
                Console.Error.WriteLine($"build: {added} new URL(s) recorded in input/{PublishedUrls.FileName}");
            }
            return ExitCode.Success;
        });
        return command;
    }

    private static void ReportPdf(HandbookPdfReport report)
    {
        if (report.Problem is { } problem)
            Console.Error.WriteLine($"build: {(report.Failed ? "error" : "warning")}: no PDF of the handbook: {problem}");
        else if (report.Paths.Count > 0)
            Console.Error.WriteLine($"build: printed the handbook to {string.Join(", ", report.Paths)} in {report.Elapsed.TotalSeconds:F1} s");
    }
}
