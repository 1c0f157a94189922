using System.Net;
using System.Text;
using RoadmapSite.Content.Checking;

namespace RoadmapSite.Previewing;

/// <summary>
/// What the preview shows in place of every page while input/ has errors: the same messages
/// <c>check</c> prints, so an editor sees the fix in the browser, and the page reloads by itself
/// once the file is fixed.
/// </summary>
public static class ProblemsPage
{
    public static string Html(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<string> brokenLinks)
    {
        var items = new StringBuilder();
        foreach (var d in diagnostics.Where(d => d.Severity == Severity.Error).Concat(diagnostics.Where(d => d.Severity == Severity.Warning)))
            items.Append("<li><code>").Append(WebUtility.HtmlEncode(d.ToString())).Append("</code></li>\n");
        foreach (var link in brokenLinks)
            items.Append("<li><code>internal error: broken link in the theme's output: ").Append(WebUtility.HtmlEncode(link)).Append("</code></li>\n");
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Preview: the content has errors</title>
            <script src="{LivePreview.ScriptPath}" defer></script>
            </head>
            <body>
            <main>
            <h1><span lang="ja">内容にエラーがあります</span> / The content has errors</h1>
            <p><span lang="ja">ファイルを直して保存すると、このページは自動で更新されます。</span>
            Fix the file and save it: this page reloads by itself.</p>
            <ul>
            {items}</ul>
            </main>
            </body>
            </html>

            """;
    }
}
