using RoadmapSite.Tests.Infrastructure;

namespace RoadmapSite.Tests.Finding;

/// <summary>What a reader types, and what the search page must find, on the real handbook.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class SearchTests(BuiltSite site)
{
    private static readonly Dictionary<string, string[]> Queries = new()
    {
        ["ja"] = ["模倣", "標的", "病態", "ＧＭＰ", "ips細胞", "人材 育成", "カルタヘナ", "存在しない語句"],
        ["en"] = ["vectors", "manufactured", "regulating", "therapies", "organoid", "Cartagena", "nonexistentword"],
    };

    // xunit makes an instance per test; one Node run answers every query of the class.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Dictionary<string, Dictionary<string, List<SiteSearch.Hit>>>> Answers = new();
    private List<SiteSearch.Hit> Find(string lang, string query) => Answers.GetOrAdd(site.Output, _ => SiteSearch.Run(site, Queries))[lang][query];

    [Theory]
    // Two-character words inside longer runs of kanji and kana: 生体模倣システム, 創薬標的, 病態解明.
    [InlineData("模倣", "/ja/measures/ips-disease-models-and-mps/", "模倣")]
    [InlineData("標的", "/ja/measures/ips-disease-models-and-mps/", "標的")]
    [InlineData("病態", "/ja/measures/ips-disease-models-and-mps/", "病態")]
    // Full-width Latin and lower case find the text as printed.
    [InlineData("ＧＭＰ", "/ja/measures/gmp-vector-manufacturing-base/", "GMP")]
    [InlineData("ips細胞", "/ja/measures/ips-disease-models-and-mps/", "iPS細胞")]
    [InlineData("カルタヘナ", "/ja/measures/cartagena-act-operation/", "カルタヘナ")]
    public void Japanese_queries_find_words_inside_compounds(string query, string expected, string highlighted)
    {
        var hits = Find("ja", query);
        var hit = Assert.Single(hits, h => h.Url == expected);
        Assert.Contains(highlighted, hit.Marked);
    }

    [Fact]
    public void Japanese_words_separated_by_a_space_must_all_occur()
    {
        var hits = Find("ja", "人材 育成");
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains("人材", h.Marked));
    }

    [Theory]
    // Plural and verb forms find the other forms of the word.
    [InlineData("vectors", "/en/measures/gmp-vector-manufacturing-base/", "vector")]
    [InlineData("manufactured", "/en/measures/gmp-vector-manufacturing-base/", "manufacturing")]
    [InlineData("regulating", "/en/issues/overseas-regulations-early/", "regulations")]
    [InlineData("therapies", "/en/measures/gene-therapy-disease-areas/", "therapy")]
    [InlineData("organoid", "/en/measures/novel-therapeutic-technologies-research/", "organoids")]
    [InlineData("Cartagena", "/en/measures/cartagena-act-operation/", "Cartagena")]
    public void English_queries_are_stemmed(string query, string expected, string highlighted)
    {
        var hit = Assert.Single(Find("en", query), h => h.Url == expected);
        Assert.Contains(hit.Marked, m => m.StartsWith(highlighted, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Every_kind_of_record_can_be_found_and_a_term_query_puts_the_measure_first()
    {
        Assert.Equal("measure", Find("ja", "模倣")[0].Kind);
        Assert.Contains(Find("ja", "カルタヘナ"), h => h.Kind == "term");
        Assert.Contains(Find("en", "organoid"), h => h.Kind == "issue");
        Assert.Contains(Find("ja", "模倣"), h => h.Kind == "programme");
    }

    [Fact]
    public void Nothing_found_for_words_not_in_the_handbook()
    {
        Assert.Empty(Find("ja", "存在しない語句"));
        Assert.Empty(Find("en", "nonexistentword"));
    }
}
