using System.Xml;
using System.Xml.Linq;
using RoadmapSite.Tests.Infrastructure;

namespace RoadmapSite.Tests.Validity;

/// <summary>sitemap.xml is well-formed, in the sitemap namespace, with absolute URLs and hreflang alternates.</summary>
public sealed class SitemapTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private const string SitemapFile = "sitemap.xml";

    private readonly BuiltSite site = BuiltSite.Shared;

    [Fact]
    public void TheSitemapIsWellFormedWithAbsoluteLocationsAndAlternates()
    {
        XDocument document;
        try
        {
            document = XmlFile.Load(site.File(SitemapFile));
        }
        catch (XmlException e)
        {
            Assert.Fail($"{SitemapFile}: not well-formed XML: {e.Message}");
            return;
        }

        var urlset = document.Root!;
        Assert.Equal(Sitemap + "urlset", urlset.Name);
        var urls = urlset.Elements(Sitemap + "url").ToList();
        Assert.NotEmpty(urls);

        var problems = new List<string>();
        foreach (var url in urls)
        {
            var loc = (string?)url.Element(Sitemap + "loc");
            if (!IsAbsolute(loc))
                problems.Add($"{XmlFile.Where(SitemapFile, url)}: <loc> \"{loc}\" is not an absolute URL");
            foreach (var alternate in url.Elements(Xhtml + "link"))
            {
                if ((string?)alternate.Attribute("rel") != "alternate" || string.IsNullOrEmpty((string?)alternate.Attribute("hreflang"))
                    || !IsAbsolute((string?)alternate.Attribute("href")))
                    problems.Add($"{XmlFile.Where(SitemapFile, alternate)}: an alternate needs rel=\"alternate\", an hreflang and an absolute href");
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static bool IsAbsolute(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";
}
