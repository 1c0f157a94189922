using Microsoft.Playwright;

namespace RoadmapSite.Tests.Browser;

/// <summary>
/// Finds site navigation that would be printed: menus, breadcrumbs and language switches cannot be
/// clicked on paper. Navigation inside &lt;main&gt;, such as the printable handbook's table of
/// contents, is content and is meant to be printed.
/// </summary>
public static class PrintedNavigation
{
    private const string SiteNavigation = "nav:not(main nav), [role=navigation]:not(main [role=navigation])";

    public static async Task<IEnumerable<string>> FindAsync(IPage page)
    {
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var visible = await page.Locator(SiteNavigation).EvaluateAllAsync<string[]>(
            "navs => navs.filter(n => n.checkVisibility()).map(n => n.outerHTML.slice(0, 80))");
        return visible.Select(nav => $"navigation is printed: {nav}");
    }
}
