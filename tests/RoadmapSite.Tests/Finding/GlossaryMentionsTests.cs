using AngleSharp.Html.Parser;
using RoadmapSite.Theme.Parts;

namespace RoadmapSite.Tests.Finding;

/// <summary>
/// The glossary lists under each term the measures that mention it, up to a number a reader can
/// scan; beyond it, the first of them and a link to the term's list of all of them.
/// </summary>
public sealed class GlossaryMentionsTests
{
    private const int Many = MentionedBy.ListedInFull + 2;

    [Fact]
    public void A_term_mentioned_by_many_measures_lists_the_first_and_links_all_of_them_in_both_languages()
    {
        var files = ManyMeasures.Build(Many);

        foreach (var (language, link) in new[] { ("ja", $"言及している対応案のすべて（{Many}件）"), ("en", $"All {Many} measures that mention it") })
        {
            var glossary = new HtmlParser().ParseDocument(files[$"{language}/glossary/index.html"]);
            var entry = glossary.QuerySelector("dt#mps + dd")!;
            Assert.Equal(MentionedBy.ListedInFull, entry.QuerySelectorAll(".measure-list > li").Length);
            var all = entry.QuerySelector(".every-mention a")!;
            Assert.Equal(link, all.TextContent);
            Assert.Equal($"/{language}/measures/term/mps/", all.GetAttribute("href"));

            // The page it links lists every one of them.
            var list = new HtmlParser().ParseDocument(files[$"{language}/measures/term/mps/index.html"]);
            Assert.Equal(Many, list.QuerySelectorAll("main .measure-list > li").Length);
        }
    }

    [Fact]
    public void A_term_mentioned_by_a_few_measures_lists_them_all_with_no_link()
    {
        var files = ManyMeasures.Build(MentionedBy.ListedInFull);

        var entry = new HtmlParser().ParseDocument(files["en/glossary/index.html"]).QuerySelector("dt#mps + dd")!;
        Assert.Equal(MentionedBy.ListedInFull, entry.QuerySelectorAll(".measure-list > li").Length);
        Assert.Null(entry.QuerySelector(".every-mention"));
    }
}
