using System.Collections.Concurrent;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using RoadmapSite.Building;
using RoadmapSite.Content.Model;
using RoadmapSite.Content.Publishing;
using RoadmapSite.Tests.Content;
using RoadmapSite.Tests.Infrastructure;
using RoadmapSite.Theme.Lists;

namespace RoadmapSite.Tests.Finding;

/// <summary>
/// The index of each facet (<c>/ja/measures/term/</c>), and filter pages of a facet with more
/// choices than a reader can scan, which link that index instead of listing every choice.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class MeasureFacetTests(BuiltSite site)
{
    private const int ManyTerms = MeasureFacet.ListedInFull + 10;

    [Fact]
    public void No_measure_can_take_the_url_of_a_facet_index()
    {
        Assert.Equal(MeasureFacet.All.Select(f => f.Slug).Order(StringComparer.Ordinal), Permalinks.MeasureFacets.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_facet_index_links_every_filter_with_measures_with_its_count_in_both_languages()
    {
        foreach (var language in LanguageCodes.All)
        foreach (var facet in MeasureFacet.All)
        {
            var page = Parse(File.ReadAllText(site.File(facet.Path(language))));
            var expected = MeasureFilter.Of(RealHandbook.Value, facet).Select(f => $"{f.Path(language)} ({f.Measures.Count})");
            var listed = page.QuerySelectorAll("main li").Select(li => $"{li.QuerySelector("a")!.GetAttribute("href")} {li.QuerySelector(".count")!.TextContent}");
            Assert.Equal(expected, listed);
            Assert.Equal([$"/{language.Code()}/", $"/{language.Code()}/measures/"], page.QuerySelectorAll(".breadcrumbs a").Select(a => a.GetAttribute("href")));
        }
    }

    [Fact]
    public void A_filter_page_of_a_small_facet_lists_every_choice_and_its_breadcrumbs_lead_to_the_facet_index()
    {
        var page = Parse(File.ReadAllText(site.File("/en/measures/term/mps/")));
        var terms = page.QuerySelectorAll("nav.filters details").Single(d => d.QuerySelector("summary")!.TextContent == "Term");
        Assert.Equal(MeasureFilter.Of(RealHandbook.Value, MeasureFacet.Term).Count, terms.QuerySelectorAll("li").Length);
        Assert.Equal(["/en/", "/en/measures/", "/en/measures/term/"], page.QuerySelectorAll(".breadcrumbs a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void A_filter_page_of_a_large_facet_names_its_own_choice_and_links_the_index_of_all_of_them()
    {
        var files = BuildWithManyTerms();

        var page = Parse(files["ja/measures/term/term-07/index.html"]);
        var terms = page.QuerySelectorAll("nav.filters details").Single(d => d.QuerySelector("summary")!.TextContent == "用語");
        var links = terms.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/ja/measures/term/term-07/", "/ja/measures/term/"], links);
        Assert.Equal($"用語の一覧（{ManyTerms + 1}件）", terms.QuerySelectorAll("a").Last().TextContent);
        // The small facets on the same page are still listed in full.
        var ministries = page.QuerySelectorAll("nav.filters details").Single(d => d.QuerySelector("summary")!.TextContent == "府省");
        Assert.Equal(["/ja/measures/ministry/meti/", "/ja/measures/ministry/mext/"], ministries.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Order(StringComparer.Ordinal));

        var english = Parse(files["en/measures/term/term-07/index.html"]);
        Assert.Contains(english.QuerySelectorAll("nav.filters a"), a => a.TextContent == $"All {ManyTerms + 1} terms" && a.GetAttribute("href") == "/en/measures/term/");

        // The unfiltered list and the index still name every term.
        Assert.Equal(ManyTerms + 1, Parse(files["ja/measures/index.html"]).QuerySelectorAll("nav.filters a[href^='/ja/measures/term/']").Length);
        Assert.Equal(ManyTerms + 1, Parse(files["ja/measures/term/index.html"]).QuerySelectorAll("main li a").Length);
    }

    /// <summary>The minimal handbook with more terms than a filter page lists, all named by its one measure.</summary>
    private static ConcurrentDictionary<string, string> BuildWithManyTerms()
    {
        using var input = new FixtureInput();
        var ids = Enumerable.Range(1, ManyTerms).Select(i => $"term-{i:00}").ToList();
        foreach (var id in ids)
            File.WriteAllText(input.PathOf($"terms/{id}.yml"), $$"""
                # yaml-language-server: $schema=../schemas/term.schema.json
                id: {{id}}
                name: { ja: 用語{{id[^2..]}}, en: Term {{id[^2..]}} }
                definition: { ja: 試験用の用語, en: A term for the test }
                """);
        var measure = input.PathOf("measures/ips-organ-targets.yml");
        File.WriteAllText(measure, File.ReadAllText(measure).Replace("terms: [mps]", $"terms: [mps, {string.Join(", ", ids)}]"));

        var files = new ConcurrentDictionary<string, string>();
        var result = SiteBuilder.Render(input.Input, f => files[f.Path] = Encoding.UTF8.GetString(f.Content), options: new BuildOptions(ReadHistory: false));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Select(d => d.ToString()).Concat(result.BrokenLinks)));
        return files;
    }

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
