using System.Text.RegularExpressions;
using RoadmapSite.Tests.Infrastructure;

namespace RoadmapSite.Tests.Site;

/// <summary>Mistakes in the theme's templates that compile but lose something a reader would miss.</summary>
public sealed partial class TemplateTests
{
    // Page.T gives markup (a span when the text is foreign); as an attribute's value Razor drops the
    // attribute without a word, so an aria-label or a title would silently vanish.
    [GeneratedRegex(@"[\w-]+=""?@\(?Page\.T\(")]
    private static partial Regex MarkupInAttribute();

    [Fact]
    public void No_attribute_takes_its_value_from_Page_T_which_would_drop_it()
    {
        var misuses = Directory.EnumerateFiles(RepoRoot.Combine("theme"), "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(l => MarkupInAttribute().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(RepoRoot.Path, l.file)}:{l.number}: use Page.Plain(...) in attributes")
            .ToList();

        Assert.Empty(misuses);
    }
}
