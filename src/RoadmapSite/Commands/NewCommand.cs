using System.CommandLine;
using RoadmapSite.Scaffolding;

namespace RoadmapSite.Commands;

/// <summary>
/// <c>new measure --item &lt;id&gt;</c> (and the other kinds): writes the files of a new record
/// with a fresh id and the next free number, ready to fill in. <c>check</c> reports every TODO
/// text left, so a half-written record cannot be published.
/// </summary>
public static class NewCommand
{
    public static Command Create()
    {
        var kind = new Argument<string>("kind") { Description = $"What to add: {string.Join(", ", RecordScaffold.Kinds)}" }
            .AcceptOnlyFromAmong([.. RecordScaffold.Kinds]);
        var input = CommonOptions.Input();
        var item = new Option<string?>("--item") { Description = "The item a new measure or issue belongs to (its id)" };
        var id = new Option<string?>("--id") { Description = "The new record's permanent id, a lowercase slug; for a measure, the measure's id" };
        var issueId = new Option<string?>("--issue-id") { Description = "For a measure: the id of the issue written with it" };
        var command = new Command("new", "Add a new record to input/: files with a fresh id, the next number and TODO texts to fill in")
        {
            kind, input, item, id, issueId,
        };
        command.SetAction(parse =>
        {
            var inputDirectory = parse.GetValue(input)!.FullName;
            if (!Directory.Exists(inputDirectory))
            {
                Console.Error.WriteLine($"new: there is no content folder at {inputDirectory}; run this from the repository's top folder");
                return ExitCode.InternalError;
            }
            foreach (var slug in new[] { parse.GetValue(id), parse.GetValue(issueId) }.OfType<string>())
                if (!System.Text.RegularExpressions.Regex.IsMatch(slug, "^[a-z0-9]+(-[a-z0-9]+)*$"))
                {
                    Console.Error.WriteLine($"new: '{slug}' is not a valid id; use lowercase letters a-z, digits and single hyphens, e.g. ips-organ-targets");
                    return ExitCode.ContentErrors;
                }

            var (files, problem) = RecordScaffold.Plan(InputInventory.Read(inputDirectory), parse.GetValue(kind)!, parse.GetValue(item), parse.GetValue(id), parse.GetValue(issueId));
            if (problem is not null)
            {
                Console.Error.WriteLine($"new: {problem}");
                return ExitCode.ContentErrors;
            }
            foreach (var file in files)
            {
                var path = Path.Combine(inputDirectory, file.InputPath);
                File.WriteAllText(path, file.Text);
                Console.WriteLine($"new: wrote {Path.GetRelativePath(Environment.CurrentDirectory, path).Replace('\\', '/')}");
            }
            Console.WriteLine("new: replace every TODO text (check lists them), give the record a descriptive id now if it has a placeholder one,");
            Console.WriteLine("     then preview it: dotnet run --project src/RoadmapSite -- preview");
            return ExitCode.Success;
        });
        return command;
    }
}
