using Microsoft.Playwright;
using RoadmapSite.Serving;
using RoadmapSite.Tests.Infrastructure;

namespace RoadmapSite.Tests.Browser;

/// <summary>
/// The shared site, served on a free loopback port with production's headers, and one Chromium
/// for every browser test: started once per run because launching the browser costs seconds.
/// </summary>
public sealed class BrowsedSite : IAsyncLifetime
{
    private StaticSiteServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public BuiltSite Site { get; } = BuiltSite.Shared;

    public Uri BaseUrl => Server.BaseUrl;

    public StaticSiteServer Server => server ?? throw new InvalidOperationException("The site is not served yet.");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser is not launched yet.");

    public PageTour Tour => new(Browser, BaseUrl);

    public IReadOnlyList<SitePage> Pages => SitePages.All(Site.Output);

    public IReadOnlyList<SitePage> ReadablePages => SitePages.Readable(Site.Output);

    public async Task InitializeAsync()
    {
        server = await StaticSiteServer.StartAsync(Site.Output, port: 0, NetlifyHeaders.ForEveryPath());
        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
            await browser.CloseAsync();
        playwright?.Dispose();
        if (server is not null)
            await server.DisposeAsync();
    }
}
