using RoadmapSite.Serving;

namespace RoadmapSite.Tests.Browser;

/// <summary>
/// Each browser check must catch the fault it exists for: a check that passes everything would
/// pass a broken site too. These pages are built broken on purpose and served beside the real site,
/// in the same browser.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HarnessSelfTests(BrowsedSite site) : IAsyncLifetime
{
    private const string Head = """<meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>t</title>""";

    private static readonly Dictionary<string, string> BrokenPages = new()
    {
        ["no-lang"] = $"""<!DOCTYPE html><html><head>{Head}</head><body><main><h1>x</h1><img src="a.png"></main></body></html>""",
        ["dark-contrast"] = $$"""
            <!DOCTYPE html><html lang="en"><head>{{Head}}<style>
            @media (prefers-color-scheme: dark) { body { background: #000; color: #111; } }
            </style></head><body><main><h1>Readable only in light</h1></main></body></html>
            """,
        ["faults"] = $"""
            <!DOCTYPE html><html lang="en"><head>{Head}</head><body><main><h1>x</h1></main>
            <script>console.error("broken"); alert("hello"); throw new Error("boom");</script></body></html>
            """,
        ["wide"] = $"""<!DOCTYPE html><html lang="en"><head>{Head}</head><body><main><h1>x</h1><pre id="code">{new string('x', 200)}</pre></main></body></html>""",
        ["printed-nav"] = $"""
            <!DOCTYPE html><html lang="en"><head>{Head}</head><body><nav id="menu"><a href="/">Home</a></nav>
            <main><h1>x</h1><nav id="contents"><a href="#a">A</a></nav><h2 id="a">A</h2></main></body></html>
            """,
        ["script-only"] = $"""
            <!DOCTYPE html><html lang="en"><head>{Head}</head><body><main></main>
            <script>document.querySelector("main").textContent = "only with script";</script></body></html>
            """,
        ["redirect-to-nowhere"] = $"""<!DOCTYPE html><html lang="en"><head>{Head}<meta http-equiv="refresh" content="0; url=/gone/"></head><body></body></html>""",
    };

    private readonly string folder = Directory.CreateTempSubdirectory("roadmapsite-broken-").FullName;
    private StaticSiteServer? server;

    public async Task InitializeAsync()
    {
        foreach (var (name, html) in BrokenPages)
        {
            Directory.CreateDirectory(Path.Combine(folder, name));
            File.WriteAllText(Path.Combine(folder, name, "index.html"), html);
        }
        // Like the real site, a missing path answers with a 404 page a browser can show.
        File.WriteAllText(Path.Combine(folder, "404.html"), $"""<!DOCTYPE html><html lang="en"><head>{Head}</head><body><main><h1>Not found</h1></main></body></html>""");
        server = await StaticSiteServer.StartAsync(folder);
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
            await server.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private PageTour Tour => new(site.Browser, server!.BaseUrl);

    private SitePage Page(string name) => SitePages.All(folder).Single(page => page.UrlPath == $"/{name}/");

    [Fact]
    public async Task AxeFindsAMissingLanguageAndAMissingAlternativeText()
    {
        var findings = await Tour.CheckAsync([Page("no-lang")], () => new(), visit => AxeAudit.ViolationsAsync(visit.Page));
        Assert.Contains(findings, f => f.Contains("[Light] html-has-lang"));
        Assert.Contains(findings, f => f.Contains("[Dark] image-alt") && f.Contains("img"));
    }

    [Fact]
    public async Task AxeFindsContrastThatFailsOnlyInDarkScheme()
    {
        var findings = await Tour.CheckAsync([Page("dark-contrast")], () => new(), visit => AxeAudit.ViolationsAsync(visit.Page));
        Assert.Contains(findings, f => f.Contains("[Dark] color-contrast"));
        Assert.DoesNotContain(findings, f => f.Contains("[Light]"));
    }

    [Fact]
    public async Task TheTrapCatchesConsoleErrorsScriptErrorsAndDialogs()
    {
        var faults = await Tour.CheckAsync([Page("faults")], () => new(), visit => visit.Trap.SettledFaultsAsync(visit.Page));
        Assert.Contains(faults, f => f.Contains("console error: broken"));
        Assert.Contains(faults, f => f.Contains("alert dialog: hello"));
        Assert.Contains(faults, f => f.Contains("uncaught script error") && f.Contains("boom"));
    }

    [Fact]
    public async Task SidewaysScrollIsFoundAndTheCulpritNamed()
    {
        var findings = await Tour.CheckAsync(
            [Page("wide")], () => new() { ViewportSize = SidewaysScroll.Phone }, visit => SidewaysScroll.FindAsync(visit.Page));
        Assert.Contains("pre#code is", Assert.Single(findings));
    }

    [Fact]
    public async Task NavigationLeftVisibleInPrintIsFound()
    {
        var findings = await Tour.CheckAsync([Page("printed-nav")], () => new(), visit => PrintedNavigation.FindAsync(visit.Page));
        Assert.Contains("navigation is printed: <nav id=\"menu\"", Assert.Single(findings));
    }

    [Fact]
    public async Task ContentThatNeedsScriptIsFound()
    {
        var findings = await Tour.CheckAsync([Page("script-only")], NoScriptContent.ContextOptions, visit => NoScriptContent.FindAsync(visit.Page));
        Assert.Contains("shows no text without JavaScript", Assert.Single(findings));
    }

    [Fact]
    public async Task ARedirectStubToAMissingPageIsFound()
    {
        var stub = Page("redirect-to-nowhere");
        Assert.True(stub.IsRedirect);
        var findings = await Tour.CheckAsync([stub], () => new(), RedirectStub.FindBrokenAsync);
        Assert.Contains("answers 404", Assert.Single(findings));
    }
}
