using RoadmapSite.Building;
using RoadmapSite.Content.Checking;
using RoadmapSite.Content.Loading;
using RoadmapSite.Content.Model;
using RoadmapSite.Tests.Content;
using RoadmapSite.Tests.Infrastructure;

namespace RoadmapSite.Tests.Editors;

/// <summary>Translations that stay true: a Japanese edit the English has not followed is noticed.</summary>
public sealed class OutdatedTranslationTests
{
    [Fact]
    public void Check_warns_at_the_english_and_names_the_japanese_line_and_the_new_fingerprint()
    {
        using var input = FixtureInput.WithOverlay("tests/fixtures/outdated-translation");
        var result = HandbookLoader.Load(input.Input, input.Root);

        Assert.False(result.HasErrors);
        var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains("has changed since this English was translated", StringComparison.Ordinal));
        Assert.Equal((Severity.Warning, "input/issues/ips-suitable-diseases.yml", 8, 7), (warning.Severity, warning.File, warning.Line, warning.Column));
        Assert.Contains("(line 7)", warning.Message);
        Assert.Contains($"en_from: {Bilingual.Fingerprint("iPS細胞がより適した疾患、臓器はあるか。特定する必要がある。")}", warning.Message);
    }

    [Fact]
    public void The_english_page_says_so_and_links_the_japanese_the_japanese_page_does_not()
    {
        using var input = FixtureInput.WithOverlay("tests/fixtures/outdated-translation");
        var output = Path.Combine(input.Root, "output");
        Assert.True(SiteBuilder.Build(input.Input, output).Succeeded);

        var english = File.ReadAllText(Path.Combine(output, "en", "issues", "ips-suitable-diseases", "index.html"));
        Assert.Contains("This translation may be out of date.", english);
        Assert.Contains("href=\"/ja/issues/ips-suitable-diseases/\" hreflang=\"ja\"", english);
        var japanese = File.ReadAllText(Path.Combine(output, "ja", "issues", "ips-suitable-diseases", "index.html"));
        Assert.DoesNotContain("note--outdated", japanese);
    }

    [Fact]
    public void Every_recorded_translation_of_the_real_content_is_current()
    {
        var handbook = RealHandbook.Value;
        var texts = handbook.Measures.SelectMany(m => m.Actions.Select(a => a.Text)).Concat(handbook.Issues.Select(i => i.Text)).ToList();
        Assert.All(texts, t => Assert.NotNull(t.EnFrom));
        Assert.DoesNotContain(texts, t => t.TranslationOutdated);
    }
}
