using System.Xml.Linq;
using RoadmapSite.Building;
using RoadmapSite.Content.Model;
using RoadmapSite.Content.Publishing;
using RoadmapSite.Theme.Layout;

namespace RoadmapSite.Pipelines;

/// <summary>Feeds: an Atom feed per language listing every measure.</summary>
public sealed class FeedsPipeline : IPipeline
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public string Name => "Feeds";

    public IEnumerable<OutputFile> Run(Handbook handbook, ThemeAssets assets)
    {
        // The source's own date stands in for "updated": a build timestamp would make output differ run to run.
        var updated = Timestamp(handbook.Site.SourceDocument.AsOf.First);
        foreach (var language in LanguageCodes.All)
        {
            string Abs(string path) => Permalinks.Absolute(handbook.Site, path);
            var feedPath = $"/{language.Code()}/feed.xml";
            var feed = new XElement(Atom + "feed",
                new XAttribute(XNamespace.Xml + "lang", language.Code()),
                new XElement(Atom + "id", Abs(feedPath)),
                new XElement(Atom + "title", handbook.Site.Title[language]),
                new XElement(Atom + "subtitle", handbook.Site.Description[language]),
                new XElement(Atom + "updated", updated),
                new XElement(Atom + "author", new XElement(Atom + "name", handbook.Site.Publisher[language])),
                new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", Abs(feedPath))),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", Abs(Permalinks.Home(language)))),
                handbook.Measures.Select(m => new XElement(Atom + "entry",
                    new XElement(Atom + "id", Abs(Permalinks.Of(language, m))),
                    new XElement(Atom + "title", $"{handbook.NumberOf(m)} {m.Summary[language]}"),
                    new XElement(Atom + "updated", updated),
                    new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", Abs(Permalinks.Of(language, m)))),
                    new XElement(Atom + "summary", m.Summary[language]))));
            yield return OutputFile.Text(feedPath[1..], Xml.Serialize(new XDocument(new XDeclaration("1.0", "utf-8", null), feed)));
        }
    }

    private static string Timestamp(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z";
}
