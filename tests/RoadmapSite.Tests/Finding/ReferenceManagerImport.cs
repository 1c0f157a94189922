using System.Diagnostics;
using System.Text.Json;
using AngleSharp.Html.Parser;
using RoadmapSite.Tests.Infrastructure;

namespace RoadmapSite.Tests.Finding;

/// <summary>
/// Runs tests/citations/import.mjs: our BibTeX and CSL-JSON through the parsers reference managers
/// import with (Better BibTeX's parser, citation.js with citeproc-js), as JSON to assert on.
/// Needs the npm packages of package.json; without them the test fails saying so, never skips.
/// </summary>
public static class ReferenceManagerImport
{
    public sealed record Citations(string BibTex, string CslJson);

    /// <summary>The BibTeX and CSL-JSON texts a reader copies from a page's "How to cite".</summary>
    public static Citations Of(string htmlFile)
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(htmlFile));
        string Text(string format) => page.QuerySelector($"#cite-{format}")!.ParentElement!.QuerySelector("pre")!.TextContent;
        return new(Text("bibtex"), Text("csl-json"));
    }

    public static IReadOnlyList<JsonElement> Run(IReadOnlyList<Citations> citations)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(RepoRoot.Combine("tests", "citations", "import.mjs"));
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        node.StandardInput.Write(JsonSerializer.Serialize(citations.Select(c => new { bibtex = c.BibTex, csl = c.CslJson })));
        node.StandardInput.Close();
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEnd();
        node.WaitForExit();
        Assert.True(node.ExitCode == 0, $"the import script failed under node (exit {node.ExitCode}): {stderr}");
        using var results = JsonDocument.Parse(stdout.Result);
        return results.RootElement.EnumerateArray().Select(r => r.Clone()).ToList();
    }
}
