using System.Text.Encodings.Web;
using System.Text.Json;
using RoadmapSite.Content.Model;
using RoadmapSite.Content.Publishing;
using RoadmapSite.Theme.Layout;

namespace RoadmapSite.Theme.Text;

/// <summary>
/// A page as CSL-JSON, the format Zotero, Mendeley and pandoc import: an array holding one
/// <c>webpage</c> item, issued on the source document's date. No <c>publisher</c>: a web page's
/// publisher is its author here, and citeproc-js's APA then printed the project's name twice.
/// </summary>
public static class CslJsonCitation
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // Shown as text on the page (Razor encodes it there) and copied as is, so Japanese stays readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string For(PageContext page, string id, string title, string path)
    {
        var site = page.Site;
        var issued = site.SourceDocument.AsOf.First;
        var item = new Dictionary<string, object>
        {
            ["id"] = id,
            ["type"] = "webpage",
            ["title"] = title,
            ["container-title"] = page.Plain(site.Title),
            ["author"] = new[] { new Dictionary<string, string> { ["literal"] = page.Plain(site.Publisher) } },
            ["URL"] = Permalinks.Absolute(site, path),
            ["issued"] = new Dictionary<string, int[][]> { ["date-parts"] = [[issued.Year, issued.Month, issued.Day]] },
            ["language"] = page.Language == Language.Ja ? "ja-JP" : "en-GB",
        };
        return JsonSerializer.Serialize(new[] { item }, Options).Replace("\r\n", "\n");
    }
}
