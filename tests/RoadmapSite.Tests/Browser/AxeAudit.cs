using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace RoadmapSite.Tests.Browser;

/// <summary>
/// Runs axe-core on a loaded page for the WCAG 2.2 AA rule set the handbook promises (JIS X 8341-3
/// follows WCAG), once per colour scheme: dark mode has its own colours and so its own contrast bugs.
/// </summary>
public static class AxeAudit
{
    public static readonly IReadOnlyList<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public static readonly IReadOnlyList<ColorScheme> Schemes = [ColorScheme.Light, ColorScheme.Dark];

    private static AxeRunOptions Options => new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
        // Only violations are asserted on; skipping passes and inapplicable rules keeps results small.
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>One line per violating element: scheme, rule, impact, what is wrong and where.</summary>
    public static async Task<IEnumerable<string>> ViolationsAsync(IPage page)
    {
        var findings = new List<string>();
        foreach (var scheme in Schemes)
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
            var result = await page.RunAxe(Options);
            findings.AddRange(result.Violations.SelectMany(violation => violation.Nodes.Select(node =>
                $"[{scheme}] {violation.Id} ({violation.Impact}): {violation.Help} at {node.Target}")));
        }
        return findings;
    }
}
