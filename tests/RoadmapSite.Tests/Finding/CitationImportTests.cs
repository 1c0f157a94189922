using System.Text.Json;
using RoadmapSite.Building;
using RoadmapSite.Content.Model;
using RoadmapSite.Content.Publishing;
using RoadmapSite.Tests.Content;
using RoadmapSite.Tests.Infrastructure;
using RoadmapSite.Theme.Text;

namespace RoadmapSite.Tests.Finding;

/// <summary>
/// A citation copied from a measure page imports into a reference manager as it reads on the page:
/// title, author, date and permalink survive Better BibTeX's parser (Zotero's BibTeX import) and
/// citation.js with citeproc-js (Zotero's and Mendeley's CSL processor), Japanese stays Japanese,
/// and a standard style (APA) renders an entry holding the title and the permalink.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class CitationImportTests(BuiltSite site)
{
    private static Handbook Handbook => RealHandbook.Value;

    /// <summary>The page's citation, what each parser made of it, and what it should have made.</summary>
    private sealed record Imported(ReferenceManagerImport.Citations Citations, JsonElement Result, string Title, string Url, string Publisher, string Container, DateOnly Issued, string LangId);

    [Fact]
    public void A_measure_imports_with_its_title_author_date_and_permalink_in_both_languages()
    {
        var measure = Handbook.Measures[0];
        var imported = Import(LanguageCodes.All.Select(l => Expect(Handbook, l, measure, site.File(Permalinks.Of(l, measure)))).ToList());
        foreach (var page in imported)
            AssertRoundTrip(page);
    }

    [Fact]
    public void Japanese_is_copied_and_imported_as_written_not_escaped()
    {
        var measure = Handbook.Measures[0];
        var page = Import([Expect(Handbook, Language.Ja, measure, site.File(Permalinks.Of(Language.Ja, measure)))]).Single();
        // The texts a reader copies hold the characters themselves: no \u escapes, no TeX accents, no entities.
        Assert.Contains(page.Title, page.Citations.BibTex);
        Assert.Contains(page.Title, page.Citations.CslJson);
        Assert.Contains(page.Container, page.Citations.BibTex);
        Assert.DoesNotContain(@"\u", page.Citations.CslJson);
        Assert.Equal(page.Title, page.Result.GetProperty("betterBibtex").GetProperty("entries")[0].GetProperty("fields").GetProperty("title").GetString());
    }

    [Fact]
    public void A_title_full_of_bibtex_special_characters_imports_unchanged()
    {
        using var input = FixtureInput.WithOverlay("tests/fixtures/bibtex-special");
        var output = Path.Combine(input.Root, "output");
        var built = SiteBuilder.Build(input.Input, output);
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        var handbook = RoadmapSite.Content.Loading.HandbookLoader.Load(input.Input).Handbook!;
        var measure = handbook.Measures.Single();
        Assert.Contains("R&D 100% #1", measure.Summary[Language.En]);
        var imported = Import(LanguageCodes.All.Select(l =>
            Expect(handbook, l, measure, Path.Combine(output, Permalinks.Of(l, measure).TrimStart('/'), "index.html"))).ToList());
        foreach (var page in imported)
        {
            Assert.Contains(@"R\&D 100\% \#1", page.Citations.BibTex);
            AssertRoundTrip(page);
        }
    }

    private static Imported Expect(Handbook handbook, Language language, Measure measure, string htmlFile) => new(
        ReferenceManagerImport.Of(htmlFile),
        default,
        $"{Labels.Measure[language]} {handbook.NumberOf(measure)}: {measure.Summary[language]}",
        Permalinks.Absolute(handbook.Site, Permalinks.Of(language, measure)),
        handbook.Site.Publisher[language],
        handbook.Site.Title[language],
        handbook.Site.SourceDocument.AsOf.First,
        language == Language.Ja ? "japanese" : "english");

    private static List<Imported> Import(IReadOnlyList<Imported> pages) =>
        [.. pages.Zip(ReferenceManagerImport.Run([.. pages.Select(p => p.Citations)]), (page, result) => page with { Result = result })];

    private static void AssertRoundTrip(Imported page)
    {
        var result = page.Result;
        Assert.Empty(result.GetProperty("warnings").EnumerateArray());

        // Better BibTeX: parses without error, and every field reads as on the page.
        var betterBibtex = result.GetProperty("betterBibtex");
        Assert.Empty(betterBibtex.GetProperty("errors").EnumerateArray());
        var fields = Assert.Single(betterBibtex.GetProperty("entries").EnumerateArray()).GetProperty("fields");
        Assert.Equal(page.Title, fields.GetProperty("title").GetString());
        Assert.Equal(page.Publisher, Assert.Single(fields.GetProperty("author").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(page.Container, fields.GetProperty("howpublished").GetString());
        Assert.Equal(page.Issued.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), fields.GetProperty("year").GetString());
        Assert.Equal(page.Issued.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), fields.GetProperty("date").GetString());
        Assert.Equal(page.Url, fields.GetProperty("url").GetString());
        Assert.Equal(page.LangId, fields.GetProperty("langid").GetString());

        // citation.js, from each format: the same item, to the day.
        foreach (var format in new[] { "citationJsBibtex", "citationJsCsl" })
        {
            var imported = result.GetProperty(format);
            var item = Assert.Single(imported.GetProperty("items").EnumerateArray());
            Assert.Equal(page.Title, item.GetProperty("title").GetString());
            Assert.Equal(page.Url, item.GetProperty("URL").GetString());
            var author = Assert.Single(item.GetProperty("author").EnumerateArray());
            Assert.Equal(page.Publisher, (author.TryGetProperty("literal", out var literal) ? literal : author.GetProperty("family")).GetString());
            Assert.Equal([page.Issued.Year, page.Issued.Month, page.Issued.Day],
                item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()));

            // APA, as citeproc-js renders it: author, date, title and permalink, the author once only.
            var apa = imported.GetProperty("apa").GetString()!;
            Assert.StartsWith($"{page.Publisher}. ({page.Issued.Year}, ", apa);
            Assert.Contains(page.Title.TrimEnd('.'), apa);
            Assert.EndsWith(page.Url, apa);
            Assert.Equal(apa.IndexOf(page.Publisher, StringComparison.Ordinal), apa.LastIndexOf(page.Publisher, StringComparison.Ordinal));
        }
        var csl = Assert.Single(result.GetProperty("citationJsCsl").GetProperty("items").EnumerateArray());
        Assert.Equal("webpage", csl.GetProperty("type").GetString());
        Assert.Equal(page.Container, csl.GetProperty("container-title").GetString());
    }
}
