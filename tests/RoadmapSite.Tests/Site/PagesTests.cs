using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using RoadmapSite.Content.Loading;
using RoadmapSite.Content.Model;
using RoadmapSite.Content.Publishing;
using RoadmapSite.Tests.Infrastructure;

namespace RoadmapSite.Tests.Site;

[Collection(BuiltSiteCollection.Name)]
public sealed class PagesTests(BuiltSite site)
{
    private static Handbook Handbook => RealHandbook.Value;

    private IHtmlDocument Open(string sitePath)
    {
        var file = site.File(sitePath);
        Assert.True(File.Exists(file), $"{sitePath} was not built");
        return new HtmlParser().ParseDocument(File.ReadAllText(file));
    }

    public static TheoryData<string> PageKinds() =>
    [
        "", "items/{item}/", "issues/{issue}/", "measures/{measure}/", "measures/", "ministries/", "ministries/mext/",
        "programmes/", "programmes/{programme}/", "institutions/", "glossary/", "timeline/", "handbook/", "about/",
    ];

    [Theory]
    [MemberData(nameof(PageKinds))]
    public void Every_page_kind_exists_in_both_languages_with_the_right_lang(string pattern)
    {
        var path = pattern.Replace("{item}", Handbook.Items[0].Id).Replace("{issue}", Handbook.Issues[0].Id)
            .Replace("{measure}", Handbook.Measures[0].Id).Replace("{programme}", Handbook.Programmes[0].Id);
        foreach (var language in LanguageCodes.All)
        {
            var document = Open($"/{language.Code()}/{path}");
            Assert.Equal(language.Code(), document.DocumentElement.GetAttribute("lang"));
            Assert.False(string.IsNullOrWhiteSpace(document.Title));
            Assert.NotNull(document.QuerySelector("a.skip-link[href='#main']"));
            Assert.NotNull(document.QuerySelector("main#main h1"));
            if (path != "")
                Assert.NotNull(document.QuerySelector("nav.breadcrumbs li[aria-current=page]"));
        }
    }

    [Fact]
    public void Root_offers_both_languages_as_plain_links()
    {
        var document = Open("/");
        var links = document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/ja/", links);
        Assert.Contains("/en/", links);
        Assert.Empty(document.QuerySelectorAll("script"));
    }

    [Fact]
    public void Every_internal_link_and_anchor_resolves()
    {
        var files = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Select(f => new Building.OutputFile(Path.GetRelativePath(site.Output, f).Replace('\\', '/'), File.ReadAllBytes(f)))
            .ToList();
        Assert.Empty(Building.LinkChecker.Check(files));
    }

    [Fact]
    public void Every_measure_page_names_exactly_the_ministries_of_its_actions()
    {
        foreach (var language in LanguageCodes.All)
            foreach (var measure in Handbook.Measures)
            {
                var document = Open(Permalinks.Of(language, measure));
                var named = document.QuerySelectorAll("#responsible + .ministries a").Select(a => a.GetAttribute("href")!).ToHashSet();
                var expected = measure.Actions.SelectMany(a => a.Ministries).Distinct()
                    .Select(id => Permalinks.Of(language, Handbook.Ministry(id))).ToHashSet();
                Assert.Equal(expected, named);
                // and each action lists its own ministries, never the measure's union
                var actions = document.QuerySelectorAll("ol.actions > li").ToList();
                Assert.Equal(measure.Actions.Count, actions.Count);
                for (var i = 0; i < actions.Count; i++)
                    Assert.Equal(measure.Actions[i].Ministries.Select(id => Permalinks.Of(language, Handbook.Ministry(id))).ToHashSet(),
                        actions[i].QuerySelectorAll(".ministries a").Select(a => a.GetAttribute("href")!).ToHashSet());
            }
    }

    [Fact]
    public void Each_ministry_page_lists_exactly_the_measures_attributed_to_it()
    {
        foreach (var language in LanguageCodes.All)
            foreach (var ministry in Handbook.Ministries)
            {
                var document = Open(Permalinks.Of(language, ministry));
                var listed = document.QuerySelectorAll("main .measure-list > li > a").Select(a => a.GetAttribute("href")!).ToList();
                var expected = Handbook.Measures.Where(m => m.Actions.Any(a => a.Ministries.Contains(ministry.Id)))
                    .Select(m => Permalinks.Of(language, m)).ToList();
                Assert.Equal(expected, listed);
            }
    }

    [Fact]
    public void Language_switch_lands_on_the_same_record_in_the_other_language()
    {
        foreach (var file in site.HtmlFiles().Where(f => !f.EndsWith("404.html") && Path.GetRelativePath(site.Output, f) != "index.html"))
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(file));
            var here = "/" + Path.GetRelativePath(site.Output, file).Replace('\\', '/').Replace("index.html", "");
            var target = document.QuerySelector("a.language-switch")!.GetAttribute("href")!;
            Assert.Equal(here[4..], target[4..]);
            Assert.NotEqual(here[..4], target[..4]);
            Assert.True(File.Exists(site.File(target)), $"{here}: language switch goes to missing {target}");
        }
    }

    [Fact]
    public void Hreflang_alternates_are_symmetric_and_canonical_is_self()
    {
        foreach (var file in site.HtmlFiles().Where(f => !f.EndsWith("404.html")))
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(file));
            var canonical = document.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
            var alternates = document.QuerySelectorAll("link[rel=alternate][hreflang]")
                .ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
            Assert.Equal(["en", "ja", "x-default"], alternates.Keys.Order());
            foreach (var (lang, href) in alternates.Where(a => a.Key != "x-default"))
            {
                var other = new HtmlParser().ParseDocument(File.ReadAllText(site.File(new Uri(href).AbsolutePath)));
                var back = other.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
                Assert.Equal(alternates, back);
                Assert.Equal(href, other.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!);
            }
            Assert.Contains(canonical, alternates.Values);
        }
    }

    [Fact]
    public void English_measure_pages_show_the_japanese_original_marked_authoritative()
    {
        foreach (var measure in Handbook.Measures)
        {
            var document = Open(Permalinks.Of(Language.En, measure));
            var original = document.QuerySelector("section.original [lang=ja]");
            Assert.NotNull(original);
            foreach (var action in measure.Actions)
                Assert.Contains(action.Text.Ja, original!.TextContent);
        }
    }

    [Fact]
    public void Japanese_is_written_as_characters_not_entities()
    {
        var html = File.ReadAllText(site.File("/ja/"));
        // An entity for anything beyond ASCII means the renderer's encoder is escaping Japanese.
        Assert.DoesNotMatch(@"&#x[0-9A-F]{3,};", html);
        Assert.Contains(Handbook.Site.Title.Ja, html);
    }

    [Fact]
    public void Every_record_kind_links_back_to_the_measures_that_mention_it()
    {
        foreach (var programme in Handbook.Programmes)
        {
            var listed = Open(Permalinks.Of(Language.En, programme)).QuerySelectorAll("main .measure-list > li > a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.Equal(Handbook.MeasuresMentioning(programme).Select(m => Permalinks.Of(Language.En, m)), listed);
        }
        var glossary = Open("/ja/glossary/");
        foreach (var term in Handbook.Terms)
            Assert.NotNull(glossary.GetElementById(term.Id));
        var timeline = Open("/en/timeline/");
        foreach (var e in Handbook.Events)
            Assert.NotNull(timeline.GetElementById(e.Id));
    }
}
