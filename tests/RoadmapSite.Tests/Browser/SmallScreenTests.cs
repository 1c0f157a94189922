
namespace RoadmapSite.Tests.Browser;

/// <summary>On a 360 px phone no page scrolls sideways.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SmallScreenTests(BrowsedSite site)
{
    [Fact]
    public async Task NoPageScrollsSidewaysOnAPhone()
    {
        var overflows = await site.Tour.CheckAsync(
            site.ReadablePages, () => new() { ViewportSize = SidewaysScroll.Phone }, visit => SidewaysScroll.FindAsync(visit.Page));
        Assert.True(overflows.Count == 0, $"{overflows.Count} page(s) scroll sideways:\n{string.Join('\n', overflows)}");
    }
}
