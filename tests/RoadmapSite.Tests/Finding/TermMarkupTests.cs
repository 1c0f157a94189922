using AngleSharp.Html.Parser;
using RoadmapSite.Content.Loading;
using RoadmapSite.Content.Model;
using RoadmapSite.Content.Publishing;
using RoadmapSite.Tests.Infrastructure;
using RoadmapSite.Theme.Text;

namespace RoadmapSite.Tests.Finding;

[Collection(BuiltSiteCollection.Name)]
public sealed class TermMarkupTests(BuiltSite site)
{
    private static Handbook Handbook => RealHandbook.Value;

    [Fact]
    public void Marking_terms_leaves_every_action_text_exactly_as_written()
    {
        foreach (var language in LanguageCodes.All)
        foreach (var measure in Handbook.Measures)
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(site.File(Permalinks.Of(language, measure))));
            var shown = document.QuerySelectorAll("ol.actions > li.action > p:first-child").Select(p => p.TextContent).ToList();
            Assert.Equal(measure.Actions.Select(a => a.Text[language]), shown);
        }
    }

    [Fact]
    public void Each_mentioned_term_found_in_a_measure_is_linked_once_to_its_glossary_entry()
    {
        var measure = Handbook.Measures.Single(m => m.Id == "ips-disease-models-and-mps");
        var document = new HtmlParser().ParseDocument(File.ReadAllText(site.File(Permalinks.Of(Language.En, measure))));
        var links = document.QuerySelectorAll("ol.actions a.term").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(links.Distinct(), links);
        Assert.Contains("/en/glossary/#mps", links);
        Assert.All(links, href => Assert.Contains(href["/en/glossary/#".Length..], measure.Mentions.Terms));
    }

    [Fact]
    public void An_abbreviated_term_carries_its_expansion()
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(site.File("/ja/measures/gmp-vector-manufacturing-base/")));
        var abbr = document.QuerySelectorAll("ol.actions abbr[title]").First(a => a.TextContent == "GMP");
        Assert.Equal(Handbook.Term("gmp").Expansion!.Ja, abbr.GetAttribute("title"));
    }

    [Fact]
    public void Only_listed_terms_are_marked_and_content_stays_text()
    {
        var gmp = Handbook.Term("gmp");
        var text = "<b>GMP</b> and GMPs; GMP again";
        var marked = TermMarkup.Mark([text], [gmp], Language.En).Single();
        Assert.Equal(text, string.Concat(marked.Select(s => s.Text)));
        Assert.Equal(2, marked.Count(s => s.Term is not null));
        Assert.Single(marked, s => s.Link);
        Assert.DoesNotContain(TermMarkup.Mark([text], [], Language.En).Single(), s => s.Term is not null);
    }

    [Fact]
    public void The_glossary_marks_each_term_as_a_definition()
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(site.File("/ja/glossary/")));
        Assert.Equal(Handbook.Terms.Count, document.QuerySelectorAll("dl.glossary > dt[id] > dfn").Length);
    }
}
