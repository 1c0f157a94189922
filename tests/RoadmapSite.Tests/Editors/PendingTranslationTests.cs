using System.Text.Json;
using AngleSharp.Html.Parser;
using RoadmapSite.Building;
using RoadmapSite.Content.Checking;
using RoadmapSite.Content.Loading;
using RoadmapSite.Tests.Content;
using RoadmapSite.Tests.Infrastructure;

namespace RoadmapSite.Tests.Editors;

/// <summary>
/// Records not yet translated: <c>en: ~</c> publishes the record with the Japanese on its English
/// page, marked as Japanese and explained, and check keeps the translators' to-do list.
/// </summary>
public sealed class PendingTranslationTests(PendingTranslationSite site) : IClassFixture<PendingTranslationSite>
{
    internal const string Fixture = "tests/fixtures/pending-translation";
    private const string Japanese = "iPS細胞で再現をすることが適した臓器を引き続き検討する。";

    [Fact]
    public void Check_warns_at_each_pending_english_lists_the_record_and_exits_0()
    {
        using var input = FixtureInput.WithOverlay(Fixture);
        var (exit, _, stderr) = CommandLineRun.Of(input.Root, "check");

        Assert.Equal(0, exit);
        Assert.Contains("input/measures/ips-organ-targets.yml:5:32: warning: English translation pending (en: ~); until it is written, the English page shows the Japanese", stderr);
        Assert.Contains("input/measures/ips-organ-targets.yml:9:11: warning: English translation pending", stderr);
        Assert.Contains("check: no errors", stderr);
        var list = stderr[stderr.IndexOf("not yet translated into English: 1 record", StringComparison.Ordinal)..];
        Assert.Contains("  input/measures/ips-organ-targets.yml:5:32  measure ips-organ-targets: 2 texts (summary, actions[0].text)", list);
    }

    [Fact]
    public void On_github_each_pending_english_is_a_warning_annotation()
    {
        using var input = FixtureInput.WithOverlay(Fixture);
        var (exit, stdout, _) = CommandLineRun.Of(input.Root, "check", "--format", "github");

        Assert.Equal(0, exit);
        Assert.Contains("::warning file=input/measures/ips-organ-targets.yml,line=5,col=32::English translation pending", stdout);
        Assert.Contains("::warning file=input/measures/ips-organ-targets.yml,line=9,col=11::English translation pending", stdout);
    }

    [Fact]
    public void The_english_page_shows_the_japanese_marked_as_japanese_under_a_note()
    {
        var output = site.Output;

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "en", "measures", "ips-organ-targets", "index.html")));
        Assert.Equal("適した臓器を検討する", page.QuerySelector("h1 [lang=ja]")?.TextContent);
        Assert.Contains(page.QuerySelectorAll("ol.actions [lang=ja]"), e => e.TextContent == Japanese);
        var note = page.QuerySelector(".note--pending");
        Assert.NotNull(note);
        Assert.Contains("This page has not yet been translated into English", note.TextContent);
        Assert.Equal("/ja/measures/ips-organ-targets/", note.QuerySelector("a[hreflang=ja]")?.GetAttribute("href"));
        // The glossary term is still found in the Japanese and linked to the English glossary.
        Assert.Contains(page.QuerySelectorAll("ol.actions [lang=ja] a.term, .notes a.term"), a => a.GetAttribute("href")!.StartsWith("/en/", StringComparison.Ordinal));

        var japanese = File.ReadAllText(Path.Combine(output, "ja", "measures", "ips-organ-targets", "index.html"));
        Assert.DoesNotContain("note--pending", japanese);
    }

    [Fact]
    public void Lists_on_other_english_pages_show_the_japanese_marked_as_japanese()
    {
        var output = site.Output;

        foreach (var list in new[] { "measures", "issues/ips-suitable-diseases", "ministries/mext" })
        {
            var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "en", list, "index.html")));
            var link = page.QuerySelectorAll("a[href='/en/measures/ips-organ-targets/']").Single(a => a.TextContent.Contains("適した臓器を検討する"));
            Assert.Equal("適した臓器を検討する", link.QuerySelector("[lang=ja]")?.TextContent);
        }
    }

    [Fact]
    public void The_data_says_there_is_no_english_yet()
    {
        var output = site.Output;

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "data", "measures.json")));
        var summary = json.RootElement.GetProperty("measures")[0].GetProperty("summary");
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("en").ValueKind);
    }

    [Fact]
    public void En_from_beside_a_pending_english_is_a_warning_at_en_from_and_nothing_is_outdated()
    {
        using var input = FixtureInput.WithOverlay(Fixture);
        var file = input.PathOf("measures/ips-organ-targets.yml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("      en: null\n", "      en: null\n      en_from: \"00000000\"\n"));

        var result = HandbookLoader.Load(input.Input, input.Root);

        Assert.False(result.HasErrors);
        var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains("en_from", StringComparison.Ordinal));
        Assert.Equal((Severity.Warning, "input/measures/ips-organ-targets.yml", 10), (warning.Severity, warning.File, warning.Line));
        Assert.Contains("there is none yet", warning.Message);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("has changed since", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("untranslated Japanese", StringComparison.Ordinal));
    }

    [Fact]
    public void Japanese_may_never_be_pending()
    {
        using var input = FixtureInput.WithOverlay(Fixture);
        var file = input.PathOf("measures/ips-organ-targets.yml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("{ ja: 適した臓器を検討する, en: ~ }", "{ ja: ~, en: Study which organs suit iPS cells }"));

        var result = HandbookLoader.Load(input.Input, input.Root);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("input/measures/ips-organ-targets.yml", 5), (error.File, error.Line));
        Assert.Contains("'ja' should be a text", error.Message);
    }

    [Fact]
    public void The_real_content_is_fully_translated()
    {
        var result = HandbookLoader.Load(RepoRoot.Combine("input"), RepoRoot.Combine("."));
        Assert.Empty(result.Untranslated);
    }
}

/// <summary>The pending-translation fixture built once for the tests that read its pages.</summary>
public sealed class PendingTranslationSite : IDisposable
{
    private readonly FixtureInput _input = FixtureInput.WithOverlay(PendingTranslationTests.Fixture);

    public PendingTranslationSite()
    {
        Output = Path.Combine(_input.Root, "output");
        var result = SiteBuilder.Build(_input.Input, Output);
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join('\n', result.Diagnostics.Select(d => d.ToString()).Concat(result.BrokenLinks)));
    }

    public string Output { get; }

    public void Dispose() => _input.Dispose();
}
