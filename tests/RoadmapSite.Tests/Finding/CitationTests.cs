using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using RoadmapSite.Content.Loading;
using RoadmapSite.Content.Model;
using RoadmapSite.Content.Publishing;
using RoadmapSite.Tests.Infrastructure;

namespace RoadmapSite.Tests.Finding;

/// <summary>The "How to cite" block of every measure page, in the shapes reference managers import.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed partial class CitationTests(BuiltSite site)
{
    private static Handbook Handbook => RealHandbook.Value;

    public static TheoryData<string> MeasurePages() =>
        [.. LanguageCodes.All.SelectMany(l => Handbook.Measures.Select(m => Permalinks.Of(l, m)))];

    [Theory]
    [MemberData(nameof(MeasurePages))]
    public void Csl_json_is_one_webpage_item_with_title_url_and_issued_date(string path)
    {
        using var json = JsonDocument.Parse(Citation(path, "csl-json"));
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("webpage", item.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("title").GetString()));
        Assert.Equal(Permalinks.Absolute(Handbook.Site, path), item.GetProperty("URL").GetString());
        var parts = item.GetProperty("issued").GetProperty("date-parts")[0];
        Assert.InRange(parts[0].GetInt32(), 2000, 2100);
        Assert.All(item.GetProperty("author").EnumerateArray(), a => Assert.True(a.TryGetProperty("literal", out _)));
    }

    [Theory]
    [MemberData(nameof(MeasurePages))]
    public void Bibtex_is_a_misc_entry_with_a_key_balanced_braces_and_the_permalink(string path)
    {
        var bibtex = Citation(path, "bibtex");
        var entry = BibTexEntry().Match(bibtex);
        Assert.True(entry.Success, bibtex);
        Assert.Matches(@"^[a-z0-9-]+$", entry.Groups["key"].Value);
        var fields = BibTexField().Matches(entry.Groups["body"].Value).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value);
        Assert.Equal(Permalinks.Absolute(Handbook.Site, path), fields["url"]);
        Assert.Contains("title", fields.Keys);
        Assert.Matches(@"^\d{4}$", fields["year"]);
        var depth = 0;
        foreach (var (c, i) in bibtex.Select((c, i) => (c, i)))
        {
            if (c == '\\') continue;
            if (i > 0 && bibtex[i - 1] == '\\') continue;
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            Assert.True(depth >= 0, bibtex);
        }
        Assert.Equal(0, depth);
    }

    [Theory]
    [MemberData(nameof(MeasurePages))]
    public void Plain_citation_ends_with_the_permalink_and_each_format_has_a_copy_button_holding_the_same_text(string path)
    {
        var document = Open(path);
        Assert.EndsWith(Permalinks.Absolute(Handbook.Site, path), Citation(path, "plain"));
        foreach (var format in new[] { "plain", "bibtex", "csl-json" })
        {
            var block = document.QuerySelector($"#cite-{format}")!.ParentElement!;
            var button = block.QuerySelector("button[data-copy]")!;
            Assert.True(button.HasAttribute("hidden"), "copy buttons are hidden until the script finds a clipboard");
            Assert.Equal(block.QuerySelector("pre")!.TextContent, button.GetAttribute("data-copy"));
        }
    }

    private string Citation(string path, string format) => Open(path).QuerySelector($"#cite-{format}")!.ParentElement!.QuerySelector("pre")!.TextContent;

    private AngleSharp.Html.Dom.IHtmlDocument Open(string path) => new HtmlParser().ParseDocument(File.ReadAllText(site.File(path)));

    [GeneratedRegex(@"^@misc\{(?<key>[^,\s]+),\n(?<body>.*)\n\}$", RegexOptions.Singleline)]
    private static partial Regex BibTexEntry();

    [GeneratedRegex(@"^  (?<name>[a-z]+) = \{(?<value>.*)\},?$", RegexOptions.Multiline)]
    private static partial Regex BibTexField();
}
