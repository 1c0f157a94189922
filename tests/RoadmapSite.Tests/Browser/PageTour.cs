using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace RoadmapSite.Tests.Browser;

/// <summary>
/// Visits many pages in one browser with a few tabs side by side. Each worker keeps one context
/// and one tab for the whole tour and navigates it from page to page: a new tab costs a renderer
/// process start, which on two cores is slower than loading the page itself.
/// </summary>
public sealed class PageTour(IBrowser browser, Uri baseUrl)
{
    /// <summary>Tabs side by side: enough to overlap navigation with axe's scripting on two cores.</summary>
    public const int Parallelism = 3;

    /// <summary>
    /// Loads every page with <paramref name="options"/> (a fresh copy per worker) and runs
    /// <paramref name="check"/> on it; returns the findings in page order, each prefixed with its page.
    /// </summary>
    public async Task<IReadOnlyList<string>> CheckAsync(
        IReadOnlyList<SitePage> pages, Func<BrowserNewContextOptions> options, Func<PageVisit, Task<IEnumerable<string>>> check)
    {
        var queue = new ConcurrentQueue<(int Index, SitePage Page)>(pages.Select((page, index) => (index, page)));
        var findings = new ConcurrentBag<(int Index, string Finding)>();
        var workers = Enumerable.Range(0, Math.Min(Parallelism, pages.Count)).Select(async _ =>
        {
            var contextOptions = options();
            contextOptions.BaseURL = baseUrl.ToString();
            await using var context = await browser.NewContextAsync(contextOptions);
            context.SetDefaultTimeout(30_000);
            var tab = await context.NewPageAsync();
            var trap = new PageFaultTrap(tab);
            while (queue.TryDequeue(out var next))
            {
                foreach (var finding in await VisitAsync(tab, trap, next.Page, check))
                    findings.Add((next.Index, $"{next.Page.UrlPath}: {finding}"));
            }
        });
        await Task.WhenAll(workers);
        return findings.OrderBy(f => f.Index).Select(f => f.Finding).ToList();
    }

    private static async Task<IEnumerable<string>> VisitAsync(
        IPage tab, PageFaultTrap trap, SitePage source, Func<PageVisit, Task<IEnumerable<string>>> check)
    {
        trap.Clear();
        var response = await tab.GotoAsync(source.UrlPath, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        // A page listed from the output folder that does not answer 200 is broken for every check.
        return response?.Status == 200
            ? await check(new PageVisit(source, tab, trap))
            : [$"HTTP {response?.Status.ToString() ?? "no response"}"];
    }
}
