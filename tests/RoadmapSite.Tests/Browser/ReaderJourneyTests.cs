using Microsoft.Playwright;
using RoadmapSite.Content.Model;
using RoadmapSite.Content.Publishing;
using RoadmapSite.Tests.Infrastructure;

namespace RoadmapSite.Tests.Browser;

/// <summary>A reader's way through the site in a real browser: by clicking, by keyboard, across languages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReaderJourneyTests(BrowsedSite site)
{
    private static Handbook Handbook => RealHandbook.Value;

    private async Task<IPage> OpenAsync(string path, BrowserNewContextOptions? options = null)
    {
        var context = await site.Browser.NewContextAsync(options ?? new());
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.BaseUrl, path).ToString());
        return page;
    }

    private string PathOf(IPage page) => new Uri(page.Url).AbsolutePath;

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public async Task Home_item_issue_measure_ministry_timeline_and_back_by_clicking(string lang)
    {
        var language = lang == "ja" ? Language.Ja : Language.En;
        var item = Handbook.Items[0];
        var issue = Handbook.IssuesOf(item).First();
        var measure = Handbook.MeasureFor(issue)!;
        var ministry = Handbook.Ministry(measure.Actions[0].Ministries[0]);
        var page = await OpenAsync($"/{lang}/");

        await page.Locator($"main a[href='{Permalinks.Of(language, item)}']").First.ClickAsync();
        Assert.Equal(Permalinks.Of(language, item), PathOf(page));
        await page.Locator($"main a[href='{Permalinks.Of(language, issue)}']").First.ClickAsync();
        Assert.Equal(Permalinks.Of(language, issue), PathOf(page));
        await page.Locator($"main a[href='{Permalinks.Of(language, measure)}']").First.ClickAsync();
        Assert.Equal(Permalinks.Of(language, measure), PathOf(page));
        await page.Locator($"#responsible + .ministries a[href='{Permalinks.Of(language, ministry)}']").ClickAsync();
        Assert.Equal(Permalinks.Of(language, ministry), PathOf(page));
        Assert.True(await page.Locator($"main a[href='{Permalinks.Of(language, measure)}']").CountAsync() > 0);
        await page.Locator($"nav.site-nav a[href='/{lang}/timeline/']").ClickAsync();
        Assert.Equal($"/{lang}/timeline/", PathOf(page));
        await page.GoBackAsync();
        Assert.Equal(Permalinks.Of(language, ministry), PathOf(page));
        await page.Context.CloseAsync();
    }

    public static TheoryData<string> OnePageOfEachKind() =>
    [
        "/ja/", "/en/items/" + Handbook.Items[1].Id + "/", "/ja/issues/" + Handbook.Issues[5].Id + "/",
        "/en/measures/" + Handbook.Measures[9].Id + "/", "/ja/ministries/mhlw/", "/en/programmes/" + Handbook.Programmes[0].Id + "/",
        "/ja/glossary/", "/en/timeline/", "/ja/handbook/", "/en/about/", "/ja/measures/", "/en/search/", "/ja/ministries/", "/en/institutions/",
    ];

    [Theory]
    [MemberData(nameof(OnePageOfEachKind))]
    public async Task The_language_switch_lands_on_the_same_record_in_the_other_language(string path)
    {
        var page = await OpenAsync(path);
        var other = path.StartsWith("/ja/", StringComparison.Ordinal) ? "en" : "ja";

        await page.Locator("a.language-switch").ClickAsync();

        Assert.Equal($"/{other}/{path[4..]}", PathOf(page));
        Assert.Equal(other, await page.Locator("html").GetAttributeAsync("lang"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_copy_link_button_puts_the_permalink_on_the_clipboard_and_says_so()
    {
        var measure = Handbook.Measures[0];
        var page = await OpenAsync(Permalinks.Of(Language.En, measure), new() { Permissions = ["clipboard-read", "clipboard-write"] });

        await page.Locator("button.copy-link").First.ClickAsync();

        var clipboard = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(Permalinks.Absolute(Handbook.Site, Permalinks.Of(Language.En, measure)), clipboard);
        var status = page.Locator(".permalink [role=status]");
        await Assertions.Expect(status).ToHaveTextAsync("Link copied");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("ja", "本文へ移動")]
    [InlineData("en", "Skip to main content")]
    public async Task The_first_tab_reaches_a_visible_skip_link_that_moves_focus_to_the_content(string lang, string label)
    {
        var page = await OpenAsync($"/{lang}/measures/{Handbook.Measures[2].Id}/");

        await page.Keyboard.PressAsync("Tab");
        var focused = page.Locator(":focus");
        Assert.Equal(label, await focused.TextContentAsync());
        var box = await focused.BoundingBoxAsync();
        Assert.True(box is { Y: >= 0, Height: > 0 }, "the focused skip link is off screen");
        await page.Keyboard.PressAsync("Enter");

        Assert.EndsWith("#main", page.Url);
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Keyboard_focus_is_always_visible_and_follows_the_visual_reading_order()
    {
        var page = await OpenAsync($"/en/items/{Handbook.Items[2].Id}/");
        var previousTop = double.MinValue;
        for (var i = 0; i < 30; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var state = await page.EvaluateAsync<FocusState>("""
                () => {
                  const e = document.activeElement, s = getComputedStyle(e), r = e.getBoundingClientRect();
                  return { tag: e.tagName, text: (e.textContent || '').trim().slice(0, 40), top: r.top + window.scrollY,
                           outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 };
                }
                """);
            Assert.True(state.Outline, $"focus on <{state.Tag}> '{state.Text}' has no visible outline");
            // Same row or further down: tab order never jumps back up the page.
            Assert.True(state.Top >= previousTop - 4, $"focus moved up the page to <{state.Tag}> '{state.Text}'");
            previousTop = state.Top;
        }
        await page.Context.CloseAsync();
    }

    // Playwright fills results through a parameterless constructor and settable properties.
    private sealed class FocusState
    {
        public string Tag { get; set; } = "";
        public string Text { get; set; } = "";
        public double Top { get; set; }
        public bool Outline { get; set; }
    }
}
