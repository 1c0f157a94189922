using System.Net;
using RoadmapSite.Serving;
using RoadmapSite.Tests.Infrastructure;

namespace RoadmapSite.Tests.Browser;

/// <summary>The test server answers as the static host does, so browser tests see what readers will.</summary>
public sealed class StaticSiteServerTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string> ExtraHeaders = new() { ["X-Test-Policy"] = "same-as-production" };

    private StaticSiteServer? server;
    private readonly HttpClient client = new(new HttpClientHandler { AllowAutoRedirect = false });

    public async Task InitializeAsync() => server = await StaticSiteServer.StartAsync(HandMadeSite.Folder, port: 0, ExtraHeaders);

    public async Task DisposeAsync()
    {
        client.Dispose();
        if (server is not null)
            await server.DisposeAsync();
    }

    private Task<HttpResponseMessage> Get(string path) => client.GetAsync(new Uri(server!.BaseUrl, path));

    [Fact]
    public void PortZeroBindsAFreeLoopbackPort()
    {
        Assert.Equal("127.0.0.1", server!.BaseUrl.Host);
        Assert.NotEqual(0, server.BaseUrl.Port);
        Assert.EndsWith("/", server.BaseUrl.AbsoluteUri);
    }

    [Fact]
    public async Task AFolderUrlServesItsIndexAsUtf8Html()
    {
        using var response = await Get("/en/measures/sample-measure/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("Building the manufacturing base", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AFolderNamedWithoutItsSlashRedirectsToIt()
    {
        using var response = await Get("/en/measures/sample-measure?from=mail");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/en/measures/sample-measure/?from=mail", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/en/measures/no-such-measure")]
    [InlineData("/en/measures/no-such-measure/")]
    [InlineData("/en/index.html/")]
    [InlineData("/../RoadmapSite.sln")]
    [InlineData("/%2e%2e/%2e%2e/RoadmapSite.sln")]
    [InlineData("/.git/config")]
    public async Task AMissingOrForbiddenPathGetsThe404Page(string path)
    {
        using var response = await Get(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/assets/site.css", "text/css; charset=utf-8")]
    [InlineData("/assets/site.js", "text/javascript; charset=utf-8")]
    [InlineData("/sitemap.xml", "application/xml; charset=utf-8")]
    [InlineData("/en/feed.xml", "application/xml; charset=utf-8")]
    [InlineData("/data/measures.json", "application/json; charset=utf-8")]
    [InlineData("/data/measures.csv", "text/csv; charset=utf-8")]
    public async Task FilesCarryTheirContentType(string path, string contentType)
    {
        using var response = await Get(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.ToString());
    }

    [Theory]
    [InlineData("x.wasm", "application/wasm")]
    [InlineData("x.svg", "image/svg+xml")]
    [InlineData("x.png", "image/png")]
    [InlineData("x.pdf", "application/pdf")]
    [InlineData("pagefind/index/en_1a2b.pf_index", "application/octet-stream")]
    [InlineData("pagefind/pagefind-entry.json", "application/json; charset=utf-8")]
    public void ExtensionsMapToTheirContentType(string file, string contentType) =>
        Assert.Equal(contentType, SiteContentTypes.For(file));

    [Fact]
    public async Task EveryResponseCarriesTheExtraHeaders()
    {
        using var found = await Get("/en/");
        using var missing = await Get("/nowhere");
        Assert.Equal("same-as-production", Assert.Single(found.Headers.GetValues("X-Test-Policy")));
        Assert.Equal("same-as-production", Assert.Single(missing.Headers.GetValues("X-Test-Policy")));
    }

    [Fact]
    public async Task OnlyReadingMethodsAreAllowed()
    {
        using var response = await client.PostAsync(new Uri(server!.BaseUrl, "/en/"), new StringContent(""));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
