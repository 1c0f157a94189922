using System.Text;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using RoadmapSite.Building;
using RoadmapSite.Tests.Infrastructure;

namespace RoadmapSite.Tests.Editors;

/// <summary>"Last changed" from git history on record pages and in the feeds, and nothing outside git.</summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class LastChangedTests(BuiltSite site)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Theory]
    [InlineData("measures", "ips-organ-targets")]
    [InlineData("issues", "ips-suitable-diseases")]
    [InlineData("items", "regenerative-cell-medicine")]
    public void Record_pages_show_the_last_commit_of_their_file(string folder, string id)
    {
        var (hash, day) = LastCommit($"input/{folder}/{id}.yml");
        foreach (var (language, label) in new[] { ("ja", "最終更新："), ("en", "Last changed: ") })
        {
            using var page = new HtmlParser().ParseDocument(File.ReadAllText(site.File($"/{language}/{folder}/{id}/")));
            var line = page.QuerySelector(".last-changed");
            Assert.NotNull(line);
            Assert.Equal($"{label}{day} ({hash})", line.TextContent.Trim());
            Assert.Equal(day, line.QuerySelector("time")!.GetAttribute("datetime"));
        }
    }

    [Fact]
    public void Feed_entries_are_dated_by_their_last_commit_newest_first()
    {
        var feed = XDocument.Load(site.File("/en/feed.xml")).Root!;
        var updated = feed.Elements(Atom + "entry").Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value)).ToList();
        Assert.Equal(updated.OrderByDescending(u => u), updated);
        Assert.Equal(updated.Max(), DateTimeOffset.Parse(feed.Element(Atom + "updated")!.Value));
        var (_, day) = LastCommit("input/measures/ips-organ-targets.yml");
        var entry = feed.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value.EndsWith("/en/measures/ips-organ-targets/"));
        Assert.StartsWith(day, DateTimeOffset.Parse(entry.Element(Atom + "updated")!.Value).ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void Outside_a_git_checkout_pages_show_no_date_and_feeds_fall_back_to_the_source_date()
    {
        using var input = new InputCopy();
        var files = new ConcurrentDictionary<string, string>();
        var result = SiteBuilder.Render(input.Input, f => files[f.Path] = Encoding.UTF8.GetString(f.Content));

        Assert.True(result.Succeeded);
        Assert.DoesNotContain("last-changed", files["ja/measures/ips-organ-targets/index.html"]);
        var feed = XDocument.Parse(files["ja/feed.xml"]).Root!;
        var dates = feed.Descendants(Atom + "updated").Select(u => u.Value).Distinct().ToList();
        Assert.Single(dates);
        Assert.EndsWith("T00:00:00Z", dates[0]);
    }

    private static (string Hash, string Day) LastCommit(string repositoryPath)
    {
        var start = new ProcessStartInfo("git", ["log", "-1", "--format=%H %cs", "--", repositoryPath])
        {
            WorkingDirectory = RepoRoot.Path, RedirectStandardOutput = true,
        };
        using var git = Process.Start(start)!;
        var parts = git.StandardOutput.ReadToEnd().Trim().Split(' ');
        git.WaitForExit();
        return (parts[0][..7], parts[1]);
    }
}
