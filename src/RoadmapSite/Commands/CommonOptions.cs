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
}
