using System.Xml.Linq;
using RoadmapSite.Building;
using RoadmapSite.Content.Model;
using RoadmapSite.Content.Publishing;
using RoadmapSite.Theme.Layout;

namespace RoadmapSite.Pipelines;

/// <summary>Sitemap: every page of both languages, each with its hreflang alternates.</summary>
public sealed class SitemapPipeline : IPipeline
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public string Name => "Sitemap";

    public ParallelQuery<OutputFile> Run(Handbook handbook, ThemeAssets assets) => Files(handbook, assets).AsParallel();

    private static IEnumerable<OutputFile> Files(Handbook handbook, ThemeAssets assets)
    {
        var paths = ContentRoutes.For(handbook, assets).Select(r => r.SitePath).Where(p => p.StartsWith("/ja/", StringComparison.Ordinal));
        var urls = paths.SelectMany(p => LanguageCodes.All.Select(l => Permalinks.Translate(p, l)))
            .Select(path => new XElement(Sm + "url",
                new XElement(Sm + "loc", Permalinks.Absolute(handbook.Site, path)),
                LanguageCodes.All.Select(l => Alternate(handbook, l.Code(), Permalinks.Translate(path, l))),
                Alternate(handbook, "x-default", "/")));
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Sm + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml), urls));
        yield return OutputFile.Written("sitemap.xml", stream => Xml.Save(document, stream));
    }

    private static XElement Alternate(Handbook handbook, string hreflang, string path) =>
        new(Xhtml + "link", new XAttribute("rel", "alternate"), new XAttribute("hreflang", hreflang),
            new XAttribute("href", Permalinks.Absolute(handbook.Site, path)));
}
