
namespace RoadmapSite.Tests.Browser;

/// <summary>Zero axe-core violations (WCAG 2.2 AA) on every page, in light and in dark colour scheme.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowsedSite site)
{
    [Fact]
    public async Task EveryPageHasNoAxeViolationsInEitherColourScheme()
    {
        var violations = await site.Tour.CheckAsync(
            site.ReadablePages,
            // Reduced motion: a colour transition caught half-way would be judged on the wrong colours.
            () => new() { ReducedMotion = Microsoft.Playwright.ReducedMotion.Reduce },
            visit => AxeAudit.ViolationsAsync(visit.Page));
        Assert.True(violations.Count == 0, $"{violations.Count} axe violation(s):\n{string.Join('\n', violations)}");
    }
}
