using Microsoft.Playwright;

namespace RoadmapSite.Tests.Browser;

/// <summary>Finds navigation that would be printed: links cannot be clicked on paper, so print CSS hides it.</summary>
public static class PrintedNavigation
{
    public static async Task<IEnumerable<string>> FindAsync(IPage page)
    {
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var visible = await page.Locator("nav, [role=navigation]").EvaluateAllAsync<string[]>(
            "navs => navs.filter(n => n.checkVisibility()).map(n => n.outerHTML.slice(0, 80))");
        return visible.Select(nav => $"navigation is printed: {nav}");
    }
}
