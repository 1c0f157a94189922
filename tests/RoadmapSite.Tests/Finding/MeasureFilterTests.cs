using AngleSharp.Html.Parser;
using RoadmapSite.Content.Loading;
using RoadmapSite.Content.Model;
using RoadmapSite.Content.Publishing;
using RoadmapSite.Tests.Infrastructure;
using RoadmapSite.Theme.Lists;

namespace RoadmapSite.Tests.Finding;

[Collection(BuiltSiteCollection.Name)]
public sealed class MeasureFilterTests(BuiltSite site)
{
    private static Handbook Handbook => RealHandbook.Value;

    [Fact]
    public void Every_filter_page_lists_exactly_its_measures_in_both_languages()
    {
        foreach (var language in LanguageCodes.All)
        foreach (var filter in MeasureFilter.All(Handbook))
        {
            var expected = filter.Measures.Select(m => Permalinks.Of(language, m)).Order(StringComparer.Ordinal);
            Assert.Equal(expected, ListedMeasures(filter.Path(language)).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void The_documented_ministry_filter_url_lists_the_ministrys_measures()
    {
        var mext = Handbook.Ministry("mext");
        var listed = ListedMeasures("/en/measures/ministry/mext/");
        Assert.Equal(Handbook.MeasuresOf(mext).Count, listed.Count);
        Assert.All(listed, url => Assert.Contains(Handbook.Measures.Single(m => Permalinks.Of(Language.En, m) == url).Ministries, id => id == "mext"));
    }

    [Fact]
    public void The_unfiltered_list_links_every_filter_with_measures_and_marks_none_current()
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(site.File("/ja/measures/")));
        var links = document.QuerySelectorAll("nav.filters a").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.All(MeasureFilter.All(Handbook).Where(f => f.Measures.Count > 0), f => Assert.Contains(f.Path(Language.Ja), links));
        Assert.Empty(document.QuerySelectorAll("nav.filters [aria-current]"));
        Assert.Equal(Handbook.Measures.Count, ListedMeasures("/ja/measures/").Count);
    }

    [Fact]
    public void A_filter_page_marks_itself_current_and_offers_the_whole_list()
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(site.File("/ja/measures/term/mps/")));
        Assert.Equal("/ja/measures/term/mps/", document.QuerySelector("nav.filters [aria-current='page']")?.GetAttribute("href"));
        Assert.NotNull(document.QuerySelector("nav.filters a[href='/ja/measures/']"));
    }

    private List<string> ListedMeasures(string path)
    {
        var file = site.File(path);
        Assert.True(File.Exists(file), $"{path} was not built");
        var document = new HtmlParser().ParseDocument(File.ReadAllText(file));
        return document.QuerySelectorAll("main > section .measure-list > li > a").Select(a => a.GetAttribute("href")!).ToList();
    }
}
