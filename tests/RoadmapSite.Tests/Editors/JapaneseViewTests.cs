using System.Text;
using System.Text.RegularExpressions;
using RoadmapSite.Building;
using RoadmapSite.Content.Loading;
using RoadmapSite.Previewing;
using RoadmapSite.Tests.Infrastructure;

namespace RoadmapSite.Tests.Editors;

/// <summary>
/// After a translator's edit the preview leaves the Japanese pages to the whole build, on the
/// grounds that no Japanese page shows English. These tests hold the theme to that.
/// </summary>
public sealed partial class JapaneseViewTests
{
    [Fact]
    public void Changing_every_English_text_of_the_handbook_changes_no_Japanese_page()
    {
        using var input = new InputCopy();
        var before = JapanesePages(input);

        var changed = 0;
        foreach (var file in Directory.EnumerateFiles(input.Input, "*.yml", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            var amended = EnglishValue().Replace(text, m => m.Groups["lead"].Value + m.Groups["quote"].Value + "Amended " + m.Groups["rest"].Value);
            changed += EnglishValue().Count(text);
            File.WriteAllText(file, amended);
        }
        var after = JapanesePages(input);

        Assert.True(changed > 200, $"only {changed} English texts were changed");
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (path, html) in before)
            Assert.True(html == after[path], $"{path} changed with the English");
    }

    [Fact]
    public void Every_kind_of_record_can_be_compared()
    {
        var handbook = HandbookLoader.Load(RepoRoot.Combine("input"), RepoRoot.Combine(".")).Handbook!;

        Assert.All(handbook.Records, record => Assert.True(JapaneseView.Same(record, record with { }), record.File));
        Assert.Equal(12, handbook.Records.Select(r => r.GetType()).Distinct().Count());
    }

    [Fact]
    public void A_record_is_the_same_in_Japanese_after_an_English_edit_and_not_after_any_other()
    {
        using var input = new InputCopy();
        const string file = "measures/ips-organ-targets.yml";
        var original = input.Read(file);
        var measure = Measure(input);

        input.Write(file, InputCopy.ReplaceFirst(original, "  en: Promote research", "  en: Newly promote research"));
        Assert.True(JapaneseView.Same(measure, Measure(input)));

        input.Write(file, InputCopy.ReplaceFirst(original, "  ja: 再生・細胞医療と遺伝子治療の垣根を越えた", "  ja: 再生・細胞医療と遺伝子治療の垣根を越える"));
        Assert.False(JapaneseView.Same(measure, Measure(input)));

        input.Write(file, InputCopy.ReplaceFirst(original, "      - meti\n", "      - mhlw\n"));
        Assert.False(JapaneseView.Same(measure, Measure(input)));
    }

    private static RoadmapSite.Content.Model.Measure Measure(InputCopy input) =>
        HandbookLoader.Load(input.Input, input.Root).Handbook!.Measures.Single(m => m.Id == "ips-organ-targets");

    private static Dictionary<string, string> JapanesePages(InputCopy input)
    {
        var pages = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
        var result = SiteBuilder.Render(input.Input, f =>
        {
            if (f.Path.StartsWith("ja/", StringComparison.Ordinal) && f.Path.EndsWith(".html", StringComparison.Ordinal))
                pages[f.Path] = Encoding.UTF8.GetString(f.Content);
        }, options: new BuildOptions(ReadHistory: false));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return new(pages);
    }

    /// <summary>An English text on one line, plain or quoted: <c>en: The …</c>, <c>- en: "…"</c>.</summary>
    [GeneratedRegex(@"^(?<lead>\s*(?:- )?en: )(?<quote>[""']?)(?<rest>[^\s~>|""'].*)$", RegexOptions.Multiline)]
    private static partial Regex EnglishValue();
}
