using Microsoft.Playwright;

namespace RoadmapSite.Tests.Browser;

/// <summary>
/// Finds pages that scroll sideways on a 360 px phone (WCAG 1.4.10 Reflow): long Japanese lines,
/// URLs and tables must wrap or scroll inside their own box.
/// </summary>
public static class SidewaysScroll
{
    public static readonly ViewportSize Phone = new() { Width = 360, Height = 740 };

    /// <summary>One finding naming the widest culprits, so the failure says what to fix.</summary>
    public static async Task<IEnumerable<string>> FindAsync(IPage page)
    {
        var culprits = await page.EvaluateAsync<string[]>("""
            () => {
              const root = document.documentElement;
              if (root.scrollWidth <= root.clientWidth) return [];
              const limit = root.clientWidth + 1;
              const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
                (e.classList.length ? '.' + [...e.classList].join('.') : '');
              // A culprit sticks out of the viewport itself, or lets its content spill out of its
              // box; only the innermost ones are named, as their ancestors merely contain them.
              const sticksOut = e => e.getBoundingClientRect().right > limit ||
                (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible');
              const candidates = [...document.body.querySelectorAll('*')].filter(sticksOut);
              const wide = candidates.filter(e => !candidates.some(other => other !== e && e.contains(other)))
                .slice(0, 5).map(e => `${describe(e)} is ${Math.max(e.scrollWidth, Math.round(e.getBoundingClientRect().width))}px wide`);
              return [`page is ${root.scrollWidth}px wide in a ${root.clientWidth}px viewport`, ...wide];
            }
            """);
        return culprits.Length == 0 ? [] : [string.Join("; ", culprits)];
    }
}
