using System.Text;
using RoadmapSite.Building;
using RoadmapSite.Content.Loading;
using RoadmapSite.Pipelines;
using RoadmapSite.Previewing;
using RoadmapSite.Rendering;

namespace RoadmapSite.Tests.Editors;

/// <summary>
/// The preview's quick answer to a save (the edited record's pages, then the pages that show it)
/// starts from the last build's handbook, with the edited records put in place of the old ones:
/// every page it writes must be the page a fresh build makes.
/// </summary>
public sealed class EditedPagesTests
{
    private const string Measure = "measures/ips-organ-targets.yml";

    [Theory]
    [InlineData(Measure, "  en: Promote research", "  en: Newly promote research")]
    [InlineData(Measure, "  ja: 再生・細胞医療と", "  ja: 改訂：再生・細胞医療と")]
    // The measure moves between ministries' lists, and between terms' back-links.
    [InlineData(Measure, "      - meti\n", "      - mhlw\n")]
    [InlineData(Measure, "    - mps\n", "")]
    // Records other than measures: every list that shows them is worked out again.
    [InlineData("issues/barriers-to-industry-entry.yml", "  en: Are there not barriers", "  en: Are there no barriers")]
    [InlineData("programmes/regen-gene-industrialisation-platform.yml", "\n  en: ", "\n  en: The ")]
    public void The_pages_written_first_after_an_edit_are_those_a_fresh_build_makes(string file, string before, string after) =>
        AssertQuickPagesAreFresh(input => input.Write(file, InputCopy.ReplaceFirst(input.Read(file), before, after)), file);

    [Fact]
    public void Issues_that_swap_numbers_take_each_others_places_in_the_pages_written_first()
    {
        // Another place in display order: the handbook is assembled again rather than edited.
        const string third = "issues/barriers-to-industry-entry.yml", fourth = "issues/ips-uses-beyond-therapy.yml";
        AssertQuickPagesAreFresh(input =>
        {
            input.Write(third, InputCopy.ReplaceFirst(input.Read(third), "number: 3", "number: 4"));
            input.Write(fourth, InputCopy.ReplaceFirst(input.Read(fourth), "number: 4", "number: 3"));
        }, third, fourth);
    }

    private static void AssertQuickPagesAreFresh(Action<InputCopy> edit, params string[] files)
    {
        using var input = new InputCopy();
        var preview = new BuildOptions(ReadHistory: false, Cache: new LoadCache(), Fragments: new FragmentCache());
        var last = SiteBuilder.Render(input.Input, options: preview);
        Assert.True(last.Succeeded);

        edit(input);
        var edited = EditedPages.Render(input.Input, preview, files.Select(input.PathOf).ToList(), last.Handbook);
        Assert.NotNull(edited);
        var quick = edited.Own.ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Content));
        foreach (var page in edited.Showing(last.Links!)) quick[page.FilePath] = Encoding.UTF8.GetString(ContentPipeline.Page(page).Content);

        var fresh = new Dictionary<string, string>();
        var result = SiteBuilder.Render(input.Input, f =>
        {
            lock (fresh) fresh[f.Path] = Encoding.UTF8.GetString(f.Content);
        }, options: new BuildOptions(ReadHistory: false));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        // The item page lists the measure or the issue; the programme's page is its own.
        Assert.Contains(quick.Keys, path => path.StartsWith("en/items/", StringComparison.Ordinal) || path.StartsWith("en/programmes/", StringComparison.Ordinal));
        foreach (var (path, html) in quick)
            Assert.True(fresh.TryGetValue(path, out var expected) && expected == html, $"{path} differs from a fresh build's");
    }
}
