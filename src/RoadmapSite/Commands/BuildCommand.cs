using System.CommandLine;
using RoadmapSite.Building;

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
        var command = new Command("build", "Check input/ and build the site into output/") { input, output, format, showTimings, recordUrls };
        command.SetAction(parse =>
        {
            var timings = new BuildTimings();
            if (CommonOptions.InputIsMissing(parse.GetValue(input)!, "build")) return ExitCode.InternalError;
            var inputDirectory = parse.GetValue(input)!.FullName;
            var result = SiteBuilder.Build(inputDirectory, parse.GetValue(output)!.FullName, timings);
            if (result.Diagnostics.Count > 0 || result.ContentErrors)
                CheckCommand.Report(result.Diagnostics, parse.GetValue(format)!);
            CheckCommand.ReportBrokenLinks(result.BrokenLinks);
            if (parse.GetValue(showTimings))
                Console.Error.WriteLine(timings);
            if (result.ContentErrors)
            {
                Console.Error.WriteLine("build: not built; the previous output is unchanged.");
                return ExitCode.ContentErrors;
            }
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
}
