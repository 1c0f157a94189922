using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace RoadmapSite.Tests.Browser;

/// <summary>
/// Runs axe-core on a loaded page for the WCAG 2.2 AA rule set the handbook promises (JIS X 8341-3
/// follows WCAG), once per colour scheme: dark mode has its own colours and so its own contrast bugs.
/// </summary>
/// <remarks>
/// axe-core comes from Deque.AxeCore.Commons, but is injected and run here directly rather than
/// through Deque.AxeCore.Playwright's RunAxe: that opens an extra tab per run to finish its
/// frame-by-frame protocol, which measured 5 to 8 times slower per page, too slow for every page
/// in two schemes on two cores. The site has no frames, so one plain axe.run sees everything.
/// </remarks>
public static class AxeAudit
{
    public static readonly IReadOnlyList<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public static readonly IReadOnlyList<ColorScheme> Schemes = [ColorScheme.Light, ColorScheme.Dark];

    private static readonly Lazy<string> Source = new(() =>
    {
        const string resource = "Deque.AxeCore.Commons.Resources.axe.min.js";
        using var stream = typeof(AxeResult).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Deque.AxeCore.Commons no longer embeds {resource}.");
        return new StreamReader(stream).ReadToEnd();
    });

    // Only violations are reported on: leaving out passes and inapplicable rules keeps results small.
    private static readonly object Options = new
    {
        runOnly = new { type = "tag", values = WcagTags },
        resultTypes = new[] { "violations" },
    };

    // Returns just what a failure message needs, flattened in the page to keep the transfer small.
    private const string Run = """
        options => axe.run(document, options).then(result => result.violations.flatMap(violation =>
          violation.nodes.map(node => ({
            rule: violation.id, impact: violation.impact ?? '', help: violation.help,
            target: node.target.map(t => Array.isArray(t) ? t.join(' >> ') : t).join(', ') }))))
        """;

    private sealed record Violation(string Rule, string Impact, string Help, string Target);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>One line per violating element: scheme, rule, impact, what is wrong and where.</summary>
    public static async Task<IEnumerable<string>> ViolationsAsync(IPage page)
    {
        await page.EvaluateAsync(Source.Value);
        var findings = new List<string>();
        foreach (var scheme in Schemes)
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
            var violations = (await page.EvaluateAsync<JsonElement>(Run, Options)).Deserialize<Violation[]>(Json)!;
            findings.AddRange(violations.Select(v => $"[{scheme}] {v.Rule} ({v.Impact}): {v.Help} at {v.Target}"));
        }
        return findings;
    }
}
