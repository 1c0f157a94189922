using System.Buffers;
using System.Text;
using RoadmapSite.Building;

namespace RoadmapSite.Tests.Site;

/// <summary>The build's own link check: what it must catch before a broken link reaches readers.</summary>
public sealed class LinkCheckerTests
{
    private static OutputFile Page(string path, string body) =>
        OutputFile.Text(path, $"<!DOCTYPE html>\n<html lang=\"ja\"><body>{body}</body></html>");

    [Fact]
    public void Links_to_pages_files_and_anchors_that_exist_pass()
    {
        var broken = LinkChecker.Check([
            Page("ja/index.html", "<a href=\"/ja/measures/x/#action-1\">x</a> <a href=\"#top\">top</a> <img src=\"/assets/site.css\">"),
            Page("ja/measures/x/index.html", "<h2\nid=\"action-1\">1</h2> <a href=\"/ja/?q=a&amp;b=c\">home</a>"),
            OutputFile.Text("assets/site.css", "body{}"),
            Page("ja/top.html", ""),
        ]);

        Assert.Equal(["ja/index.html: link to missing anchor #top"], broken);
    }

    [Fact]
    public void The_pages_linking_to_a_page_are_found_through_anchors_and_queries_fewest_links_first()
    {
        var links = new LinkChecker();
        links.Add(Page("en/handbook/index.html", "<a href=\"/en/measures/x/\">x</a> <a href=\"/en/measures/y/\">y</a> <a href=\"/en/measures/z/\">z</a>"));
        links.Add(Page("en/glossary/index.html", "<a href=\"/en/measures/x/#action-1\">x</a> <a href=\"/en/measures/y/\">y</a>"));
        links.Add(Page("en/search/index.html", "<a href=\"/en/measures/x/?q=a\">x</a>"));
        links.Add(Page("en/measures/y/index.html", "<a href=\"/en/measures/xx/\">not x</a>"));

        Assert.Equal(["en/search/index.html", "en/glossary/index.html", "en/handbook/index.html"], links.PagesLinkingTo(new HashSet<string> { "/en/measures/x/" }));
    }

    [Fact]
    public void A_missing_page_and_a_missing_anchor_are_each_reported_once_per_page()
    {
        var broken = LinkChecker.Check([
            Page("en/index.html", "<a href=\"/en/gone/\">a</a> <a href=\"/en/gone/\">again</a> <a href=\"/en/x/#nowhere\">b</a>"),
            Page("en/x/index.html", "<p data-id=\"nowhere\" class=\"x\">not an id</p>"),
        ]);

        Assert.Equal(["en/index.html: link to missing anchor /en/x/#nowhere", "en/index.html: link to missing page /en/gone/"], broken);
    }

    [Fact]
    public void External_links_and_attributes_that_only_end_in_href_are_not_checked()
    {
        var broken = LinkChecker.Check([
            Page("ja/index.html", "<a href=\"https://example.org/missing\">out</a> <a data-href=\"/nowhere/\">data</a> <a href=\"mailto:x@example.org\">mail</a>"),
        ]);

        Assert.Empty(broken);
    }

    [Fact]
    public void An_anchor_encoded_in_the_link_matches_the_id_as_written()
    {
        var broken = LinkChecker.Check([
            Page("ja/glossary/index.html", "<dfn id=\"カルタヘナ法\">カルタヘナ法</dfn>"),
            Page("ja/index.html", "<a href=\"/ja/glossary/#%E3%82%AB%E3%83%AB%E3%82%BF%E3%83%98%E3%83%8A%E6%B3%95\">term</a>"),
        ]);

        Assert.Empty(broken);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(12)]
    [InlineData(51)]
    [InlineData(53)]
    [InlineData(55)]
    public void A_link_or_id_split_between_two_chunks_of_a_large_page_is_still_read(int split)
    {
        // A large page comes in chunks, 8 KB first: the first boundary falls this many bytes into the links.
        const string links = "<a href=\"/ja/gone/\">x</a><a href=\"#here\">y</a><h2 id=\"here\">z</h2>";
        var start = "<!DOCTYPE html>\n<html lang=\"ja\"><body><p>";
        var text = start + new string('x', 8192 - split - start.Length - "</p>".Length) + "</p>" + links + new string('y', 20_000) + "</body></html>";
        var bytes = new ChunkedBytes();
        bytes.Write(Encoding.UTF8.GetBytes(text));
        var page = new OutputFile("ja/index.html", bytes.ToSequence());
        Assert.False(page.Content.IsSingleSegment);
        Assert.Equal(text, Encoding.UTF8.GetString(page.Content));

        Assert.Equal(["ja/index.html: link to missing page /ja/gone/"], LinkChecker.Check([page]));
    }
}
