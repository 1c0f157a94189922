using Microsoft.Playwright;

namespace RoadmapSite.Tests.Browser;

/// <summary>
/// Records what a reader would see go wrong in a tab: console errors, uncaught script errors and
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

    /// <summary>
    /// The faults once the page has settled. Browser events arrive in order with replies, so one
    /// round trip after load delivers everything the page reported while loading and running its
    /// deferred scripts, without waiting out a fixed network-idle period on every page.
    /// </summary>
    public async Task<IEnumerable<string>> SettledFaultsAsync(IPage page)
    {
        await page.EvaluateAsync("() => new Promise(resolve => setTimeout(resolve, 0))");
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

    /// <summary>Forgets the previous page's faults before the tab moves on to the next.</summary>
    public void Clear()
    {
        lock (faults)
            faults.Clear();
    }

    private void Add(string fault)
    {
        lock (faults)
            faults.Add(fault);
    }
}
