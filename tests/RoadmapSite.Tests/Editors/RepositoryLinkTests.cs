using System.Text;
using AngleSharp.Html.Parser;
using RoadmapSite.Building;
using RoadmapSite.Content.Publishing;
using RoadmapSite.Tests.Infrastructure;

namespace RoadmapSite.Tests.Editors;

/// <summary>
/// "Change history" links without a repository_url: the build finds the repository where
/// Netlify or GitHub Actions says it is, and links only hosts whose commit pages it knows.
/// </summary>
public sealed class RepositoryLinkTests
{
    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Site_yml_comes_first()
    {
        var links = RepositoryLinks.Resolve("https://github.com/org/handbook", Environment(("REPOSITORY_URL", "https://github.com/other/fork")));
        Assert.Equal("https://github.com/org/handbook/commit/abc123", links?.Commit("abc123"));
        Assert.Equal("https://github.com/org/handbook/commits/HEAD/input/measures/x.yml", links?.History("input/measures/x.yml"));
    }

    [Fact]
    public void Netlify_repository_url_comes_next()
    {
        var links = RepositoryLinks.Resolve(null, Environment(
            ("REPOSITORY_URL", "https://github.com/org/handbook.git"),
            ("GITHUB_SERVER_URL", "https://github.com"), ("GITHUB_REPOSITORY", "other/fork")));
        Assert.Equal("https://github.com/org/handbook", links?.Url);
    }

    [Fact]
    public void Github_actions_server_and_repository_come_last()
    {
        var links = RepositoryLinks.Resolve(null, Environment(("GITHUB_SERVER_URL", "https://github.com/"), ("GITHUB_REPOSITORY", "org/handbook")));
        Assert.Equal("https://github.com/org/handbook", links?.Url);
    }

    [Theory]
    [InlineData("http://github.com/org/handbook")]          // not https
    [InlineData("git@github.com:org/handbook.git")]         // not a web address
    [InlineData("https://gitlab.com/org/handbook")]         // a host whose commit pages we do not know
    [InlineData("https://github.com/org")]                  // not a repository
    public void Anything_else_gives_no_link(string url)
    {
        Assert.Null(RepositoryLinks.Resolve(null, Environment(("REPOSITORY_URL", url))));
    }

    [Fact]
    public void An_unusable_address_gives_way_to_the_next_one()
    {
        var links = RepositoryLinks.Resolve(null, Environment(
            ("REPOSITORY_URL", "git@github.com:org/handbook.git"),
            ("GITHUB_SERVER_URL", "https://github.com"), ("GITHUB_REPOSITORY", "org/handbook")));
        Assert.Equal("https://github.com/org/handbook", links?.Url);
    }

    [Fact]
    public void Nothing_set_gives_no_link()
    {
        Assert.Null(RepositoryLinks.Resolve(null, Environment()));
    }

    [Fact]
    public void A_build_on_netlify_links_each_commit_of_a_record_page()
    {
        // The real handbook in this git checkout, so pages have a last commit to link.
        var options = new BuildOptions(Environment: Environment(("REPOSITORY_URL", "https://github.com/org/handbook")));
        string? html = null;
        var result = SiteBuilder.Render(RepoRoot.Combine("input"), f =>
        {
            if (f.Path == "en/measures/ips-organ-targets/index.html") html = Encoding.UTF8.GetString(f.Content);
        }, options: options);

        Assert.True(result.Succeeded);
        Assert.NotNull(html);
        var line = new HtmlParser().ParseDocument(html).QuerySelector(".last-changed");
        Assert.NotNull(line);
        Assert.StartsWith("https://github.com/org/handbook/commit/", line.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(line.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://github.com/org/handbook/commits/HEAD/input/measures/ips-organ-targets.yml");
    }
}
