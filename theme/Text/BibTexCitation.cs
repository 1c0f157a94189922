using System.Text;
using RoadmapSite.Content.Model;
using RoadmapSite.Content.Publishing;
using RoadmapSite.Theme.Layout;

namespace RoadmapSite.Theme.Text;

/// <summary>
/// A page as a BibTeX <c>@misc</c> entry, for reference managers (Zotero, JabRef, BibDesk) that
/// import <c>.bib</c>. Titles are double-braced so BibTeX styles keep their case.
/// </summary>
public static class BibTexCitation
{
    public static string For(PageContext page, string key, string title, string path)
    {
        var site = page.Site;
        var issued = site.SourceDocument.AsOf.First;
        var entry = new StringBuilder();
        entry.Append("@misc{").Append(key).Append(",\n");
        void Field(string name, string value) => entry.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
        Field("author", $"{{{Escape(page.Plain(site.Publisher))}}}");
        Field("title", $"{{{Escape(title)}}}");
        Field("howpublished", Escape(page.Plain(site.Title)));
        Field("year", issued.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // biblatex's full date, which Better BibTeX and citation.js import as the day CSL-JSON gives;
        // classic BibTeX ignores it and keeps the year.
        Field("date", issued.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Field("url", Permalinks.Absolute(site, path));
        var language = page.Language == Language.Ja ? "japanese" : "english";
        Field("language", language);
        // langid tells biblatex how to hyphenate, and Better BibTeX not to sentence-case a Japanese title as English.
        Field("langid", language);
        entry.Length -= 2;
        return entry.Append("\n}").ToString();
    }

    /// <summary>A citation key that is stable, unique per page and language, and ASCII as BibTeX needs.</summary>
    public static string Key(PageContext page, string recordId) => $"roadmapsite-{recordId}-{page.Lang}";

    /// <summary>Escapes the characters BibTeX treats as commands or groups.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
            escaped.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '&' or '%' or '$' or '#' or '_' => $@"\{c}",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ => c.ToString(),
            });
        return escaped.ToString();
    }
}
