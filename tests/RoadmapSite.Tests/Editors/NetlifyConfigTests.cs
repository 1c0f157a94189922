using RoadmapSite.Tests.Infrastructure;
using Tomlyn;
using Tomlyn.Model;

namespace RoadmapSite.Tests.Editors;

/// <summary>netlify.toml agrees with the build: it parses, publishes the build's output, redirects to pages that exist, sends the headers.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class NetlifyConfigTests(BuiltSite site)
{
    private static readonly TomlTable Config = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(RepoRoot.Combine("netlify.toml")))!;

    private static TomlTable Table(TomlTable table, string key) => (TomlTable)table[key];

    [Fact]
    public void It_publishes_the_folder_the_build_writes_by_default()
    {
        Assert.Equal("output", (string)Table(Config, "build")["publish"]);
        var output = RoadmapSite.Commands.CommonOptions.Output();
        Assert.Equal("output", new System.CommandLine.RootCommand { output }.Parse([]).GetValue(output)!.Name);
        Assert.Equal((string)Table(Config, "build")["command"], (string)Table(Table(Config, "context"), "deploy-preview")["command"]);
    }

    [Fact]
    public void Every_redirect_leads_to_a_page_of_the_build_and_the_root_page_still_exists()
    {
        var redirects = ((TomlTableArray)Config["redirects"]).ToList();
        Assert.NotEmpty(redirects);
        foreach (var redirect in redirects)
            Assert.True(File.Exists(site.File((string)redirect["to"])), $"redirect to {redirect["to"]} has no page");
        var languages = redirects.Where(r => (string)r["from"] == "/")
            .SelectMany(r => ((TomlArray)Table(r, "conditions")["Language"]).Select(l => (string)l!)).Order();
        Assert.Equal(["en", "ja"], languages);
        Assert.True(File.Exists(site.File("/")), "the language choice page at / must exist for readers no rule redirects");
    }

    [Fact]
    public void Security_and_cache_headers_are_sent()
    {
        var headers = ((TomlTableArray)Config["headers"]).ToDictionary(h => (string)h["for"], h => Table(h, "values"));
        var all = headers["/*"];
        Assert.Contains("default-src 'self'", (string)all["Content-Security-Policy"]);
        Assert.Contains("script-src 'self'", (string)all["Content-Security-Policy"]);
        Assert.StartsWith("max-age=", (string)all["Strict-Transport-Security"]);
        Assert.Equal("nosniff", (string)all["X-Content-Type-Options"]);
        Assert.Equal("strict-origin-when-cross-origin", (string)all["Referrer-Policy"]);
        Assert.Equal("public, max-age=300", (string)all["Cache-Control"]);
        Assert.Contains("max-age=31536000", (string)headers["/assets/*"]["Cache-Control"]);
        Assert.Contains("immutable", (string)headers["/assets/*"]["Cache-Control"]);
    }

    [Fact]
    public void The_build_makes_the_redirects_file_netlify_reads()
    {
        Assert.True(File.Exists(site.File("/_redirects")));
    }
}
