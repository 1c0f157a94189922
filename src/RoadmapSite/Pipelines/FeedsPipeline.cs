using System.Globalization;
using System.Xml.Linq;
using RoadmapSite.Building;
using RoadmapSite.Content.Model;
using RoadmapSite.Content.Publishing;
using RoadmapSite.Theme.Layout;
using RoadmapSite.Theme.Text;

namespace RoadmapSite.Pipelines;

/// <summary>
/// Feeds: an Atom feed per language of every record with its own page, most recently changed
/// first, each dated by its last commit. Outside a git checkout every date is the source
/// document's own: a build timestamp would make the output differ from run to run.
/// </summary>
public sealed class FeedsPipeline : IPipeline
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public string Name => "Feeds";

    public ParallelQuery<OutputFile> Run(Handbook handbook, ThemeAssets assets) => Files(handbook, assets).AsParallel();

    private static IEnumerable<OutputFile> Files(Handbook handbook, ThemeAssets assets)
    {
        var sourceDate = new DateTimeOffset(handbook.Site.SourceDocument.AsOf.First.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        foreach (var language in LanguageCodes.All)
        {
            string Abs(string path) => Permalinks.Absolute(handbook.Site, path);
            // Display order breaks ties, so records changed in one commit keep a stable order.
            var entries = Entries(handbook, language)
                .Select((e, order) => (e.Record, e.Title, e.Summary, e.Path, Updated: handbook.History.Of(e.Record)?.Committed ?? sourceDate, Order: order))
                .OrderByDescending(e => e.Updated)
                .ThenBy(e => e.Order)
                .ToList();
            var feedPath = $"/{language.Code()}/feed.xml";
            var feed = new XElement(Atom + "feed",
                new XAttribute(XNamespace.Xml + "lang", language.Code()),
                new XElement(Atom + "id", Abs(feedPath)),
                new XElement(Atom + "title", handbook.Site.Title[language]),
                new XElement(Atom + "subtitle", handbook.Site.Description[language]),
                new XElement(Atom + "updated", Timestamp(entries.Count > 0 ? entries.Max(e => e.Updated) : sourceDate)),
                new XElement(Atom + "author", new XElement(Atom + "name", handbook.Site.Publisher[language])),
                new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", Abs(feedPath))),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", Abs(Permalinks.Home(language)))),
                entries.Select(e => new XElement(Atom + "entry",
                    new XElement(Atom + "id", Abs(e.Path)),
                    new XElement(Atom + "title", e.Title),
                    new XElement(Atom + "updated", Timestamp(e.Updated)),
                    new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", Abs(e.Path))),
                    Summary(e.Summary, language))));
            var document = new XDocument(new XDeclaration("1.0", "utf-8", null), feed);
            yield return OutputFile.Written(feedPath[1..], stream => Xml.Save(document, stream));
        }
    }

    private static IEnumerable<(Record Record, string Title, Bilingual Summary, string Path)> Entries(Handbook h, Language l) =>
        h.Items.Select(x => ((Record)x, $"{Labels.ItemNumber(l, x.Number)} {x.Title[l]}", x.Summary, Permalinks.Of(l, x)))
            .Concat(h.Issues.Select(x => ((Record)x, $"{Labels.Issue[l]} {h.NumberOf(x)} {x.Summary[l]}", x.Summary, Permalinks.Of(l, x))))
            .Concat(h.Measures.Select(x => ((Record)x, $"{Labels.Measure[l]} {h.NumberOf(x)} {x.Summary[l]}", x.Summary, Permalinks.Of(l, x))))
            .Concat(h.Programmes.Select(x => ((Record)x, x.Name[l], x.Description, Permalinks.Of(l, x))));

    /// <summary>The entry's summary; a Japanese one in the English feed (translation pending) says so with xml:lang.</summary>
    private static XElement Summary(Bilingual summary, Language language) =>
        summary.In(language) == language
            ? new XElement(Atom + "summary", summary[language])
            : new XElement(Atom + "summary", new XAttribute(XNamespace.Xml + "lang", summary.In(language).Code()), summary[language]);

    /// <summary>RFC 3339 in UTC, as Atom wants; the commit's own time, so the same commit gives the same bytes.</summary>
    private static string Timestamp(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
