using Microsoft.Playwright;

namespace RoadmapSite.Tests.Browser;

/// <summary>
/// Follows a meta-refresh stub left for a renamed record: a published link must still land on a
/// real page, so the stub must move the reader on, to a page that answers 200.
/// </summary>
public static class RedirectStub
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    public static async Task<IEnumerable<string>> FindBrokenAsync(PageVisit visit)
    {
        // Polls the tab's URL rather than waiting for a navigation event: the refresh may already
        // have happened while the stub loaded, and Playwright's URL wait missed that case here.
        var giveUp = DateTime.UtcNow + Patience;
        while (new Uri(visit.Page.Url).AbsolutePath == visit.Source.UrlPath)
        {
            if (DateTime.UtcNow > giveUp)
                return [$"the redirect stub does not move the reader on within {Patience.TotalSeconds} s"];
            await Task.Delay(100);
        }
        await visit.Page.WaitForLoadStateAsync(LoadState.Load);
        var status = await visit.Page.EvaluateAsync<int>("() => performance.getEntriesByType('navigation')[0].responseStatus");
        return status == 200 ? [] : [$"redirects to {new Uri(visit.Page.Url).AbsolutePath}, which answers {status}"];
    }
}
