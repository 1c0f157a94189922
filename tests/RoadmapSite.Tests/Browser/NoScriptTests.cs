
namespace RoadmapSite.Tests.Browser;

/// <summary>Every page reads fully with JavaScript off.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NoScriptTests(BrowsedSite site)
{
    [Fact]
    public async Task EveryPageShowsItsMainContentWithoutJavaScript()
    {
        var empty = await site.Tour.CheckAsync(site.ReadablePages, NoScriptContent.ContextOptions, visit => NoScriptContent.FindAsync(visit.Page));
        Assert.True(empty.Count == 0, string.Join('\n', empty));
    }
}
