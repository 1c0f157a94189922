using System.Text;
using System.Collections.Concurrent;
using AngleSharp.Html.Parser;
using RoadmapSite.Building;
using RoadmapSite.Content.Checking;
using RoadmapSite.Tests.Infrastructure;

namespace RoadmapSite.Tests.Editors;

/// <summary>A published URL never breaks: the committed list, the check, and the redirects that keep old addresses.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class PermalinkTests(BuiltSite site)
{
    private const string Measure = "ips-organ-targets";

    [Fact]
    public void The_committed_list_holds_every_url_of_the_real_site_sorted()
    {
        var lines = File.ReadAllLines(RepoRoot.Combine("input", PublishedUrls.FileName)).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(lines.Order(StringComparer.Ordinal), lines);
        var built = site.Result.Files.Select(OutputFile.SitePathOf).Where(PublishedUrls.IsPermanent).Order(StringComparer.Ordinal);
        Assert.Equal(built, lines.Intersect(built));
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.File.EndsWith(PublishedUrls.FileName, StringComparison.Ordinal));
    }

    [Fact]
    public void Renaming_a_measure_without_a_former_id_fails_at_the_lines_of_its_old_urls()
    {
        using var input = new InputCopy();
        input.Rename("measures", Measure, "ips-organ-targets-renamed", keepFormerId: false);

        var result = SiteBuilder.Render(input.Input, options: new BuildOptions(ReadHistory: false));

        Assert.True(result.ContentErrors);
        var list = File.ReadAllLines(input.PathOf(PublishedUrls.FileName)).ToList();
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal(2, errors.Count);
        foreach (var (language, error) in new[] { "en", "ja" }.Zip(errors.OrderBy(e => e.Line)))
        {
            Assert.EndsWith($"input/{PublishedUrls.FileName}", error.File);
            Assert.Equal($"/{language}/measures/{Measure}/", list[error.Line - 1]);
            Assert.Contains($"Add '{Measure}' to former_ids:", error.Message);
            Assert.Contains("renamed to 'ips-organ-targets-renamed'", error.Message);
        }
    }

    [Fact]
    public void Renaming_with_a_former_id_redirects_the_old_urls_on_netlify_and_on_any_host()
    {
        using var input = new InputCopy();
        input.Rename("measures", Measure, "ips-organ-targets-renamed", keepFormerId: true);

        var made = new ConcurrentDictionary<string, string>();
        var result = SiteBuilder.Render(input.Input, f => made[f.Path] = Encoding.UTF8.GetString(f.Content), options: new BuildOptions(ReadHistory: false));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Select(d => d.ToString()).Concat(result.BrokenLinks)));
        var files = made;
        var rules = files["_redirects"].Split('\n').Where(l => l.StartsWith('/')).ToList();
        Assert.Equal(
            [$"/en/measures/{Measure}/ /en/measures/ips-organ-targets-renamed/ 301!", $"/ja/measures/{Measure}/ /ja/measures/ips-organ-targets-renamed/ 301!"],
            rules);
        foreach (var language in new[] { "ja", "en" })
        {
            var to = $"/{language}/measures/ips-organ-targets-renamed/";
            using var page = new HtmlParser().ParseDocument(files[$"{language}/measures/{Measure}/index.html"]);
            Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
            Assert.Equal($"0; url={to}", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
            Assert.EndsWith(to, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            Assert.Equal(to, page.QuerySelector("main a")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void A_former_id_that_is_another_records_id_is_an_error_at_that_line()
    {
        using var input = new InputCopy();
        var file = $"measures/{Measure}.yml";
        var other = Directory.GetFiles(input.PathOf("measures")).Select(Path.GetFileNameWithoutExtension).Order().First(id => id != Measure)!;
        input.Write(file, input.Read(file).Replace($"\nid: {Measure}\n", $"\nid: {Measure}\nformer_ids: [{other}]\n"));

        var result = SiteBuilder.Render(input.Input, options: new BuildOptions(ReadHistory: false));

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.EndsWith(file, error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains($"'{other}' is the current id of", error.Message);
    }
}
