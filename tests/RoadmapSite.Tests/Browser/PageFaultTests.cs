
namespace RoadmapSite.Tests.Browser;

/// <summary>A reader never meets a script error, a console error (a missing file, a CSP refusal) or a dialog.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageFaultTests(BrowsedSite site)
{
    [Fact]
    public async Task EveryPageLoadsWithoutConsoleErrorsOrDialogs()
    {
        var faults = await site.Tour.CheckAsync(site.ReadablePages, () => new(), visit => visit.Trap.SettledFaultsAsync(visit.Page));
        Assert.True(faults.Count == 0, $"{faults.Count} fault(s):\n{string.Join('\n', faults)}");
    }
}
