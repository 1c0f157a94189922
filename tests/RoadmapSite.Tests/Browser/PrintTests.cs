
namespace RoadmapSite.Tests.Browser;

/// <summary>A printed page is the content, without navigation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintTests(BrowsedSite site)
{
    [Fact]
    public async Task NavigationIsHiddenWhenPrinted()
    {
        var printed = await site.Tour.CheckAsync(site.ReadablePages, () => new(), visit => PrintedNavigation.FindAsync(visit.Page));
        Assert.True(printed.Count == 0, string.Join('\n', printed));
    }
}
