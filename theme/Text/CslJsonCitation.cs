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
    public static string For(PageContext page, string id, string title, string path)
    {
        var site = page.Site;
        var issued = site.SourceDocument.AsOf.First;
        var item = new CslItem(
            Id: id,
            Type: "webpage",
            Title: title,
            ContainerTitle: page.Plain(site.Title),
            Author: [new CslName(page.Plain(site.Publisher))],
            Url: Permalinks.Absolute(site, path),
            Issued: new CslDate([[issued.Year, issued.Month, issued.Day]]),
            Language: page.Language == Language.Ja ? "ja-JP" : "en-GB");
        return JsonSerializer.Serialize([item], CslJson.Readable.CslItemArray).Replace("\r\n", "\n");
    }
}
