using AngleSharp.Html.Parser;
using RoadmapSite.Content.Model;
using RoadmapSite.Content.Publishing;
using RoadmapSite.Printing;
using RoadmapSite.Tests.Content;
using RoadmapSite.Tests.Infrastructure;
using RoadmapSite.Theme.Text;

namespace RoadmapSite.Tests.Site;

/// <summary>The whole handbook as a PDF download, printed by Chromium at build time.</summary>
public sealed class HandbookPdfTests(PrintedSite site) : IClassFixture<PrintedSite>
{
    private static Handbook Handbook => RealHandbook.Value;

    public static TheoryData<string> Languages() => [.. LanguageCodes.All.Select(l => l.Code())];

    private static Language LanguageOf(string code) => LanguageCodes.All.Single(l => l.Code() == code);

    private string Pdf(Language language) => site.File(HandbookPrinting.SitePath(language));

    [Fact]
    public void The_build_prints_and_says_so()
    {
        Assert.True(site.First.Exit == 0, site.First.Stderr);
        Assert.Contains("printed the handbook to /ja/handbook/roadmap-handbook-ja.pdf, /en/handbook/roadmap-handbook-en.pdf", site.First.Stderr);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_language_has_an_a4_pdf_of_several_pages_titled_as_the_handbook(string code)
    {
        var language = LanguageOf(code);
        var info = Poppler.Info(Pdf(language));
        Assert.StartsWith("594.96 x 841.92 pts (A4)", info["Page size"]);
        Assert.InRange(int.Parse(info["Pages"]), 5, 200);
        Assert.Equal(Handbook.Site.Title[language], info["Title"]);
        Assert.Contains($"/Lang ({code})", System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(Pdf(language))));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_pdf_holds_the_handbook_text_and_no_navigation(string code)
    {
        var language = LanguageOf(code);
        // Lines wrap anywhere in the PDF, within a Japanese word too, so compare without white space.
        var text = Squeeze(Poppler.Text(Pdf(language)));
        var first = Handbook.Items[0];
        Assert.Contains(Squeeze($"{Labels.ItemNumber(language, first.Number)}: {first.Title[language]}"), text);
        Assert.Contains(Squeeze(Permalinks.Absolute(Handbook.Site, Permalinks.Of(language, Handbook.Measures[^1]))), text);
        foreach (var navigation in new[] { Labels.SkipLink, Labels.Breadcrumbs, Labels.MainNav, Labels.PdfDownload })
            Assert.DoesNotContain(Squeeze(navigation[language]), text);
        Assert.DoesNotContain(Squeeze(Labels.Home[language] + Labels.Measures[language] + Labels.Ministries[language]), text);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_pdf_links_to_the_published_site_not_to_the_printing_machine(string code)
    {
        var bytes = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(Pdf(LanguageOf(code))));
        Assert.Contains($"/URI ({Handbook.Site.BaseUrl}/{code}/ministries/", bytes);
        Assert.DoesNotContain("file://", bytes);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_handbook_page_links_to_its_pdf_with_pages_and_size(string code)
    {
        var language = LanguageOf(code);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(site.File(Permalinks.Section(language, "handbook"))));
        var link = page.QuerySelector($"main a[href='{HandbookPrinting.SitePath(language)}']");
        Assert.NotNull(link);
        Assert.Equal(Labels.PdfDownload[language], link.TextContent);
        var pages = Poppler.Info(Pdf(language))["Pages"];
        Assert.Matches(code == "ja" ? $"（A4・{pages}ページ・[0-9.]+ [KM]B）" : $@"\(A4, {pages} pages, [0-9.]+ [KM]B\)", link.ParentElement!.TextContent);
    }

    [Fact]
    public void Two_builds_print_the_same_bytes()
    {
        Assert.True(site.Second.Exit == 0, site.Second.Stderr);
        Assert.Equal(OutputSnapshot.Of(site.Output), OutputSnapshot.Of(site.SecondOutput));
    }

    [Fact]
    public void Never_makes_no_pdf_and_no_link()
    {
        using var input = new FixtureInput();
        var built = CommandLineRun.Of(input.Root, new Dictionary<string, string?>(), "build", "--pdf", "never");
        Assert.True(built.Exit == 0, built.Stderr);
        AssertNoPdf(Path.Combine(input.Root, "output"));
        Assert.DoesNotContain("PDF", built.Stderr);
    }

    [Fact]
    public void Auto_without_chromium_warns_and_builds_the_site_without_the_pdf()
    {
        using var input = new FixtureInput();
        var built = CommandLineRun.Of(input.Root, NoChromium, "build");
        Assert.True(built.Exit == 0, built.Stderr);
        Assert.Contains("build: warning: no PDF of the handbook: Chromium not found", built.Stderr);
        AssertNoPdf(Path.Combine(input.Root, "output"));
    }

    [Fact]
    public void Always_without_chromium_fails_with_exit_2_and_writes_nothing()
    {
        using var input = new FixtureInput();
        var built = CommandLineRun.Of(input.Root, NoChromium, "build", "--pdf", "always");
        Assert.Equal(2, built.Exit);
        Assert.Contains($"build: error: no PDF of the handbook: Chromium not found: {ChromiumPrinter.EnvironmentVariable} names", built.Stderr);
        Assert.False(Directory.Exists(Path.Combine(input.Root, "output")));
    }

    private static readonly Dictionary<string, string?> NoChromium = new() { [ChromiumPrinter.EnvironmentVariable] = "no-such-chromium" };

    private static void AssertNoPdf(string output)
    {
        Assert.Empty(Directory.EnumerateFiles(output, "*.pdf", SearchOption.AllDirectories));
        foreach (var language in LanguageCodes.All)
        {
            var html = File.ReadAllText(Path.Combine(output, language.Code(), "handbook", "index.html"));
            Assert.DoesNotContain(".pdf", html);
            Assert.DoesNotContain(Labels.PdfDownload[language], html);
        }
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
