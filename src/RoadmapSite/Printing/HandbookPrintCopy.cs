using System.Net;
using System.Text.RegularExpressions;
using RoadmapSite.Content.Model;
using RoadmapSite.Content.Publishing;

namespace RoadmapSite.Printing;

/// <summary>
/// The rendered handbook page as Chromium prints it from a private folder: its theme assets by
/// relative path (a root-relative <c>/assets/…</c> would mean the root of the file system), every
/// other root-relative link made absolute so the PDF's links lead to the published site rather than
/// to <c>file:///ja/…</c>, and the handbook's own title as <c>&lt;title&gt;</c>, which Chromium
/// makes the PDF's title. Links within the page (<c>#item-…</c>) stay, and become the PDF's
/// internal links. Our pages quote every attribute, as the link checker also relies on.
/// </summary>
public static partial class HandbookPrintCopy
{
    public static string Of(string html, string pageSitePath, Site site, string title)
    {
        // /ja/handbook/ is two folders below the root.
        var toRoot = string.Concat(Enumerable.Repeat("../", pageSitePath.Count(c => c == '/') - 1));
        var copy = RootRelativeUrl().Replace(html, m =>
        {
            var url = m.Groups["url"].Value;
            // The URL is still HTML-encoded, as it stands in the attribute; the base URL is plain ASCII.
            var rewritten = url.StartsWith("/assets/", StringComparison.Ordinal) ? toRoot + url[1..] : Permalinks.Absolute(site, url);
            return $"{m.Groups["attribute"].Value}=\"{rewritten}\"";
        });
        return TitleElement().Replace(copy, $"<title>{WebUtility.HtmlEncode(title)}</title>", 1);
    }

    /// <summary>The theme assets the page loads (stylesheet, icon, script), as site paths.</summary>
    public static IEnumerable<string> AssetsOf(string html) =>
        RootRelativeUrl().Matches(html)
            .Select(m => m.Groups["url"].Value)
            .Where(url => url.StartsWith("/assets/", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal);

    // A root-relative URL starts with one slash; two would be protocol-relative, another host.
    [GeneratedRegex(@"(?<attribute>\s(?:href|src))=""(?<url>/(?!/)[^""]*)""")]
    private static partial Regex RootRelativeUrl();

    [GeneratedRegex(@"<title>[^<]*</title>")]
    private static partial Regex TitleElement();
}
