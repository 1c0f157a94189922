using System.Xml;
using System.Xml.Linq;
using RoadmapSite.Tests.Infrastructure;

namespace RoadmapSite.Tests.Validity;

/// <summary>Every feed.xml is well-formed Atom (RFC 4287) that a feed reader accepts and can follow.</summary>
public sealed class AtomFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly BuiltSite site = BuiltSite.Shared;

    private IReadOnlyList<string> Feeds =>
        Directory.EnumerateFiles(site.Output, "feed.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void TheSitePublishesAFeed() => Assert.NotEmpty(Feeds);

    [Fact]
    public void EveryFeedIsWellFormedAtomWithTheRequiredElements()
    {
        var problems = new List<string>();
        foreach (var path in Feeds)
        {
            var file = Path.GetRelativePath(site.Output, path);
            XDocument document;
            try
            {
                document = XmlFile.Load(path);
            }
            catch (XmlException e)
            {
                problems.Add($"{file}: not well-formed XML: {e.Message}");
                continue;
            }
            problems.AddRange(FeedProblems(file, document.Root!));
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static IEnumerable<string> FeedProblems(string file, XElement feed)
    {
        if (feed.Name != Atom + "feed")
        {
            yield return $"{file}: the root is <{feed.Name}>, not an Atom <feed>";
            yield break;
        }
        foreach (var missing in MissingChildren(feed, "id", "title", "updated"))
            yield return $"{XmlFile.Where(file, feed)}: the feed has no <{missing}>";
        if (!feed.Elements(Atom + "link").Any(link => (string?)link.Attribute("rel") == "self" && IsAbsolute(link)))
            yield return $"{XmlFile.Where(file, feed)}: the feed has no <link rel=\"self\"> with an absolute href";
        foreach (var problem in DateProblems(file, feed))
            yield return problem;

        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            foreach (var missing in MissingChildren(entry, "id", "title", "updated"))
                yield return $"{XmlFile.Where(file, entry)}: an entry has no <{missing}>";
            if (!entry.Elements(Atom + "link").Any(IsAbsolute))
                yield return $"{XmlFile.Where(file, entry)}: an entry has no <link> with an absolute href";
            foreach (var problem in DateProblems(file, entry))
                yield return problem;
        }
    }

    private static IEnumerable<string> MissingChildren(XElement parent, params string[] names) =>
        names.Where(name => string.IsNullOrWhiteSpace((string?)parent.Element(Atom + name)));

    private static bool IsAbsolute(XElement link) =>
        Uri.TryCreate((string?)link.Attribute("href"), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";

    /// <summary>Atom dates are RFC 3339 timestamps; a reader cannot order entries by anything else.</summary>
    private static IEnumerable<string> DateProblems(string file, XElement element) =>
        element.Elements(Atom + "updated")
            .Where(updated => !DateTimeOffset.TryParseExact(updated.Value, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"],
                System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
            .Select(updated => $"{XmlFile.Where(file, updated)}: <updated> \"{updated.Value}\" is not an RFC 3339 timestamp");
}
