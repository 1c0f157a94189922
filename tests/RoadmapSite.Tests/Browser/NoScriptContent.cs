using Microsoft.Playwright;

namespace RoadmapSite.Tests.Browser;

/// <summary>
/// Finds pages that show nothing without JavaScript. Load them in a context with JavaScript off
/// (<see cref="ContextOptions"/>): the content must be in the HTML, script only adds conveniences.
/// </summary>
public static class NoScriptContent
{
    public static BrowserNewContextOptions ContextOptions() => new() { JavaScriptEnabled = false };

    public static async Task<IEnumerable<string>> FindAsync(IPage page)
    {
        var main = page.Locator("main");
        if (await main.CountAsync() != 1)
            return ["has no single <main>"];
        return string.IsNullOrWhiteSpace(await main.InnerTextAsync()) ? ["<main> shows no text without JavaScript"] : [];
    }
}
