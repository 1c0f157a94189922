using RoadmapSite.Content.Publishing;
using RoadmapSite.Theme.Layout;

namespace RoadmapSite.Theme.Text;

/// <summary>How to cite a page: publisher, page title, handbook title, permalink.</summary>
public static class Citation
{
    public static string Plain(PageContext page, string title, string path)
    {
        var site = page.Site;
        var url = Permalinks.Absolute(site, path);
        title = title.TrimEnd('.', '。');
        return page.Language == Content.Model.Language.Ja
            ? $"{page.Plain(site.Publisher)}「{title}」『{page.Plain(site.Title)}』{url}"
            : $"{page.Plain(site.Publisher)}. “{title}”. In: {page.Plain(site.Title)}. {url}";
    }
}
