using AngleSharp.Html.Parser;
using RoadmapSite.Building;
using RoadmapSite.Serving;
using RoadmapSite.Tests.Browser;
using RoadmapSite.Tests.Content;
using RoadmapSite.Tests.Infrastructure;
using RoadmapSite.Tests.Validity;

namespace RoadmapSite.Tests.Safety;

/// <summary>
/// Content text is data, never markup: a handbook whose YAML is full of script, event handlers,
/// javascript: and data: URLs, template syntax, raw HTML, bidi overrides and a 10,000-character
/// line (tests/fixtures/hostile) builds, shows all of it as text, runs no script in the browser
/// under production's CSP, and still validates.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HostileContentTests(BrowsedSite browsed, HostileContentTests.HostileSite hostile) : IClassFixture<HostileContentTests.HostileSite>
{
    public sealed class HostileSite : IDisposable
    {
        public FixtureInput Input { get; } = FixtureInput.WithOverlay("tests/fixtures/hostile");
        public string Output => Path.Combine(Input.Root, "output");
        public BuildResult Result { get; }

        public HostileSite() => Result = SiteBuilder.Build(Input.Input, Output);

        public IEnumerable<string> HtmlFiles => Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

        public void Dispose() => Input.Dispose();
    }

    [Fact]
    public void It_builds()
    {
        Assert.True(hostile.Result.Succeeded, string.Join('\n', hostile.Result.Diagnostics.Select(d => d.ToString()).Concat(hostile.Result.BrokenLinks)));
    }

    [Fact]
    public void No_content_becomes_an_element_an_attribute_or_a_url()
    {
        var parser = new HtmlParser();
        foreach (var file in hostile.HtmlFiles)
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            var where = Path.GetRelativePath(hostile.Output, file);
            Assert.All(document.QuerySelectorAll("script"), s => Assert.StartsWith("/assets/", s.GetAttribute("src") ?? $"inline script in {where}"));
            Assert.Empty(document.QuerySelectorAll("img, iframe, object, embed, b, style"));
            Assert.All(document.All.SelectMany(e => e.Attributes), a => Assert.False(a.Name.StartsWith("on", StringComparison.Ordinal), $"{where}: event handler {a.Name}"));
            Assert.All(document.QuerySelectorAll("[href], [src]"), e =>
            {
                var url = (e.GetAttribute("href") ?? e.GetAttribute("src"))!.Trim();
                Assert.False(url.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase), $"{where}: {url}");
            });
        }
    }

    [Fact]
    public void Thehostile_text_is_shown_as_text()
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(hostile.Output, "en", "measures", "ips-organ-targets", "index.html")));
        var text = page.Body!.TextContent;
        Assert.Contains("<img src=x onerror=alert(1)>", text);
        Assert.Contains("javascript:alert(1)", text);
        Assert.Contains("{{ .Title }}", text);
        Assert.Contains("@DateTime.Now", text);
        Assert.Contains("<b onclick=\"alert(1)\">raw</b>", text);
        Assert.Contains("long-line long-line", text);
        var japanese = page.QuerySelector("section.original [lang=ja]")!.TextContent;
        Assert.Contains("<script>alert(\"x\")</script>", japanese);
    }

    [Fact]
    public async Task In_the_browser_no_script_runs_and_no_error_is_logged_under_the_production_csp()
    {
        await using var server = await StaticSiteServer.StartAsync(hostile.Output, port: 0, NetlifyHeaders.ForEveryPath());
        var faults = await new PageTour(browsed.Browser, server.BaseUrl)
            .CheckAsync(SitePages.Readable(hostile.Output), () => new(), visit => visit.Trap.SettledFaultsAsync(visit.Page));
        Assert.True(faults.Count == 0, $"{faults.Count} fault(s):\n{string.Join('\n', faults)}");
    }

    [Fact]
    public async Task Every_page_still_validates()
    {
        var errors = (await NuHtmlChecker.CheckFolderAsync(hostile.Output)).Where(m => m.IsError).ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors.Select(e => $"{e.Url}:{e.LastLine}: {e.Message}")));
    }
}
