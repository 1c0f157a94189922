using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace RoadmapSite.Tests.Browser;

/// <summary>
/// Visits many pages in one browser with a few contexts side by side. Each worker keeps its
/// context for the whole tour and opens a fresh tab per page, which is far cheaper than a new
/// context or browser per page, and fresh tabs keep one page's faults from leaking into the next.
/// </summary>
public sealed class PageTour(IBrowser browser, Uri baseUrl)
{
    /// <summary>Contexts side by side: enough to overlap navigation with axe's scripting on two cores.</summary>
    public const int Parallelism = 3;

    /// <summary>
    /// Loads every page with <paramref name="options"/> (a fresh copy per worker) and runs
    /// <paramref name="check"/> on it; returns the findings in page order.
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
            context.SetDefaultTimeout(20_000);
            while (queue.TryDequeue(out var next))
            {
                foreach (var finding in await VisitAsync(context, next.Page, check))
                    findings.Add((next.Index, finding));
            }
        });
        await Task.WhenAll(workers);
        return findings.OrderBy(f => f.Index).Select(f => f.Finding).ToList();
    }

    private static async Task<IEnumerable<string>> VisitAsync(
        IBrowserContext context, SitePage source, Func<PageVisit, Task<IEnumerable<string>>> check)
    {
        var page = await context.NewPageAsync();
        try
        {
            var trap = new PageFaultTrap(page);
            var response = await page.GotoAsync(source.UrlPath, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            // A page listed from the output folder that does not answer 200 is broken for every check.
            var findings = response?.Status == 200
                ? await check(new PageVisit(source, page, trap))
                : [$"HTTP {response?.Status.ToString() ?? "no response"}"];
            return findings.Select(finding => $"{source.UrlPath}: {finding}").ToList();
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
