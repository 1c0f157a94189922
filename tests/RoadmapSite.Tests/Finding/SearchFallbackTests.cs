using AngleSharp.Html.Parser;
using RoadmapSite.Theme.Pages;

namespace RoadmapSite.Tests.Finding;

/// <summary>
/// Without the search script, and before a query, the search page lists every measure, so a
/// reader can still find one (with the browser's find). A handbook too large for one page to carry
/// them all links the measures list instead, rather than send it again to every reader of the page.
/// </summary>
public sealed class SearchFallbackTests
{
    [Fact]
    public void A_handbook_of_up_to_the_limit_lists_every_measure_on_the_search_page()
    {
        var files = ManyMeasures.Build(SearchPage.ListedInFull);

        var page = new HtmlParser().ParseDocument(files["en/search/index.html"]);
        Assert.Equal(SearchPage.ListedInFull, page.QuerySelectorAll(".search__fallback .measure-list > li").Length);
        Assert.Null(page.QuerySelector(".every-measure"));
    }

    [Fact]
    public void A_larger_handbook_links_the_measures_list_in_both_languages()
    {
        const int count = SearchPage.ListedInFull + 1;
        var files = ManyMeasures.Build(count);

        foreach (var (language, link) in new[] { ("ja", $"すべての対応案（{count}件）を項目別に見る"), ("en", $"See all {count} measures, by item") })
        {
            var page = new HtmlParser().ParseDocument(files[$"{language}/search/index.html"]);
            Assert.Empty(page.QuerySelectorAll(".search__fallback .measure-list > li"));
            var all = page.QuerySelector(".search__fallback .every-measure a")!;
            Assert.Equal((link, $"/{language}/measures/"), (all.TextContent, all.GetAttribute("href")));
            Assert.Equal(count, new HtmlParser().ParseDocument(files[$"{language}/measures/index.html"]).QuerySelectorAll("main .measure-list > li").Length);
        }
    }
}
