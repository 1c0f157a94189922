using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace RoadmapSite.Tests.Browser;

/// <summary>A reader types into the search page, served under production's Content-Security-Policy, and sees results.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchPageTests(BrowsedSite site, ITestOutputHelper output)
{
    [Theory]
    [InlineData("ja", "模倣", "/ja/measures/ips-disease-models-and-mps/")]
    [InlineData("en", "vectors", "/en/measures/gmp-vector-manufacturing-base/")]
    public async Task Typing_a_query_shows_linked_highlighted_results_and_the_url_keeps_the_query(string lang, string query, string expected)
    {
        var page = await site.Browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);
        var clock = Stopwatch.StartNew();
        await page.GotoAsync(new Uri(site.BaseUrl, $"/{lang}/search/").ToString());
        await page.GetByRole(AriaRole.Searchbox).FillAsync(query);
        var result = page.Locator($".search-result a[href='{expected}']");
        await result.WaitForAsync(new() { Timeout = 10_000 });
        output.WriteLine($"first result for {query}: {clock.ElapsedMilliseconds} ms after navigation");

        Assert.True(await page.Locator(".search-result mark").CountAsync() > 0);
        Assert.Contains(Uri.EscapeDataString(query), page.Url, StringComparison.OrdinalIgnoreCase);
        Assert.False(await page.Locator(".search__fallback").IsVisibleAsync());
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_linked_search_opens_with_its_results()
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(site.BaseUrl, "/ja/search/?q=" + Uri.EscapeDataString("カルタヘナ")).ToString());
        await page.Locator(".search-result a[href='/ja/measures/cartagena-act-operation/']").WaitForAsync(new() { Timeout = 10_000 });
        Assert.Equal("カルタヘナ", await page.GetByRole(AriaRole.Searchbox).InputValueAsync());
        await page.CloseAsync();
    }
}
