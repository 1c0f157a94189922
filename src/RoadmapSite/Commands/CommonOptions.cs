using System.CommandLine;

namespace RoadmapSite.Commands;

/// <summary>Options several commands share, so they are spelled and defaulted the same everywhere.</summary>
public static class CommonOptions
{
    public static Option<DirectoryInfo> Input() => new("--input")
    {
        Description = "The content folder",
        DefaultValueFactory = _ => new DirectoryInfo("input"),
    };

    public static Option<DirectoryInfo> Output() => new("--output")
    {
        Description = "The folder the site is written to",
        DefaultValueFactory = _ => new DirectoryInfo("output"),
    };

    public static Option<string> Format() => new Option<string>("--format")
    {
        Description = "How to print problems: text, or github for pull-request annotations",
        DefaultValueFactory = _ => "text",
    }.AcceptOnlyFromAmong("text", "github");

    /// <summary>
    /// Says so and returns true when the content folder does not exist: a wrong invocation, not
    /// bad content, so the command exits 2 rather than reporting every file as missing.
    /// </summary>
    public static bool InputIsMissing(DirectoryInfo folder, string command)
    {
        if (folder.Exists) return false;
        Console.Error.WriteLine($"{command}: the input folder '{folder}' does not exist; pass the content folder with --input");
        return true;
    }
}
