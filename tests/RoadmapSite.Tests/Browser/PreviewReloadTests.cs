using Microsoft.Playwright;
using RoadmapSite.Previewing;
using RoadmapSite.Tests.Editors;

namespace RoadmapSite.Tests.Browser;

/// <summary>In a real browser: a save reloads the tabs whose pages it changed, and no other.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PreviewReloadTests(BrowsedSite site)
{
    [Fact]
    public async Task A_save_reloads_the_tab_showing_the_edited_measure_and_leaves_an_unrelated_tab_alone()
    {
        using var input = new InputCopy();
        var log = new StringWriter();
        await using var preview = await LivePreview.StartAsync(input.Input, Path.Combine(input.Root, "output"), null, 0, TextWriter.Synchronized(log));
        var context = await site.Browser.NewContextAsync();
        var measure = await Open(context, new Uri(preview.BaseUrl, "/en/measures/ips-organ-targets/"));
        var about = await Open(context, new Uri(preview.BaseUrl, "/en/about/"));

        const string file = "measures/ips-organ-targets.yml";
        var text = input.Read(file);
        input.Write(file, text.Insert(text.IndexOf("\n  en: ", text.IndexOf("\nsummary:", StringComparison.Ordinal), StringComparison.Ordinal) + "\n  en: ".Length, "Reloaded. "));

        await Assertions.Expect(measure.Locator("h1")).ToContainTextAsync("Reloaded. ", new() { Timeout = 30_000 });
        Assert.True(await measure.EvaluateAsync<bool>("() => window.notReloaded === undefined"));
        // The about page names no measure: once the whole rebuild has ended, it has not been reloaded.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (log.ToString().Split('\n').Count(l => l.StartsWith("preview: built in", StringComparison.Ordinal)) < 2)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), log.ToString());
            await Task.Delay(100);
        }
        await Task.Delay(500);
        Assert.True(await about.EvaluateAsync<bool>("() => window.notReloaded === true"));
        await context.CloseAsync();
    }

    /// <summary>Opens a preview page and marks its window, a mark that a reload wipes.</summary>
    private static async Task<IPage> Open(IBrowserContext context, Uri url)
    {
        var page = await context.NewPageAsync();
        // Until its event stream is open, a tab would not hear of the save.
        await page.RunAndWaitForResponseAsync(() => page.GotoAsync(url.ToString()), r => r.Url.EndsWith(LivePreview.EventsPath, StringComparison.Ordinal));
        await page.EvaluateAsync("() => { window.notReloaded = true; }");
        return page;
    }
}
