
namespace RoadmapSite.Tests.Browser;

/// <summary>A link to a renamed record still lands on a page: every redirect stub leads to one that exists.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RedirectStubTests(BrowsedSite site)
{
    [Fact]
    public async Task EveryRedirectStubLandsOnAPageThatExists()
    {
        var stubs = site.Pages.Where(page => page.IsRedirect).ToList();
        var broken = await site.Tour.CheckAsync(stubs, () => new(), RedirectStub.FindBrokenAsync);
        Assert.True(broken.Count == 0, string.Join('\n', broken));
    }
}
