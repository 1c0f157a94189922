using Microsoft.AspNetCore.Components;
using RoadmapSite.Content.Model;
using RoadmapSite.Theme.Text;

namespace RoadmapSite.Theme.Layout;

/// <summary>What every page knows besides its own record: the handbook, its language, its path.</summary>
/// <param name="Path">The page's site path, e.g. <c>/ja/measures/ips-organ-targets/</c>.</param>
public sealed record PageContext(Handbook Handbook, Language Language, string Path, ThemeAssets Assets)
{
    public Site Site => Handbook.Site;
    public string Lang => Language.Code();

    /// <summary>Fragments rendered before, to reuse (<see cref="Reused(Record, string, RenderFragment)"/>); none in a build.</summary>
    public IFragmentCache? Fragments { get; init; }

    /// <summary>
    /// A piece of the page made from one record, rendered once per record, place and language and
    /// reused on every page that shows it (a measure is listed on a dozen) and, in the live
    /// preview, in every rebuild until the record changes. The piece must depend on nothing but
    /// its record, the page's language and the handbook's records other than measures (items,
    /// issues, ministries, terms…): not on the page it is on, other measures, or dates from git.
    /// </summary>
    /// <param name="place">Where in the theme the piece is, such as <c>measure-list</c>: one record has a piece in each.</param>
    public RenderFragment Reused(Record record, string place, RenderFragment content) => Reused([record], place, content);

    /// <summary>
    /// A piece of the page made from these records, in this order, such as a list of measures or
    /// an item's part of the handbook: as <see cref="Reused(Record, string, RenderFragment)"/>, and
    /// after an edit to one measure, only the pieces that show it are rendered again. Pieces inside
    /// it are reused in turn.
    /// </summary>
    /// <param name="place">Where in the theme the piece is; each place's pieces must differ by their records alone.</param>
    public RenderFragment Reused(IReadOnlyList<Record> records, string place, RenderFragment content) =>
        Fragments is { } fragments ? builder => builder.AddMarkupContent(0, fragments.Html(records, place, Language, content)) : content;

    /// <summary>The text this page shows, to render as content: marked <c>lang="ja"</c> where the English is pending.</summary>
    public PageText T(Bilingual text) => new(text[Language], text.In(Language), Language);

    /// <summary>The same text as plain characters, where no markup can go: attributes, <c>&lt;title&gt;</c>, link previews.</summary>
    public string Plain(Bilingual text) => text[Language];
}

/// <summary>
/// The files pages link to that are not pages: fingerprinted URLs of the theme's stylesheet and
/// scripts, and the handbook's PDFs when the build printed them.
/// </summary>
/// <param name="Script">Every page's script (copy buttons).</param>
/// <param name="SearchScript">The search page's script, a module.</param>
public sealed record ThemeAssets(string Stylesheet, string Script, string SearchScript, string Icon)
{
    /// <summary>The handbook's PDF per language; empty unless the build printed them.</summary>
    public IReadOnlyDictionary<Language, HandbookPdf> HandbookPdfs { get; init; } = new Dictionary<Language, HandbookPdf>();

    /// <summary>The live preview's script, which reloads a tab when its page is rebuilt; none in a build.</summary>
    public string? ReloadScript { get; init; }
}

/// <summary>One step of the breadcrumb trail.</summary>
public sealed record Crumb(string Label, string Path);
