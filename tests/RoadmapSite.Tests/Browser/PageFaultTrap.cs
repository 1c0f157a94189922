using Microsoft.Playwright;

namespace RoadmapSite.Tests.Browser;

/// <summary>
/// Records what a reader would see go wrong on a page: console errors, uncaught script errors and
/// any dialog (alert, confirm, prompt), which a static handbook never has reason to open. Dialogs
/// are dismissed so a page cannot stall the run.
/// </summary>
public sealed class PageFaultTrap
{
    private readonly List<string> faults = [];

    public PageFaultTrap(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                Add($"console error: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => Add($"uncaught script error: {error}");
        page.Dialog += async (_, dialog) =>
        {
            Add($"{dialog.Type} dialog: {dialog.Message}");
            await dialog.DismissAsync();
        };
    }

    /// <summary>The faults once the page has settled: deferred scripts and their requests can fail after load.</summary>
    public async Task<IEnumerable<string>> SettledFaultsAsync(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return Faults;
    }

    public IReadOnlyList<string> Faults
    {
        get
        {
            lock (faults)
                return [.. faults];
        }
    }

    public void Add(string fault)
    {
        lock (faults)
            faults.Add(fault);
    }
}
