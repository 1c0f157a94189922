using System.Diagnostics;
using System.Text.Json;
using RoadmapSite.Tests.Infrastructure;

namespace RoadmapSite.Tests.Finding;

/// <summary>
/// Runs the site's own search script (the fingerprinted <c>search.*.js</c> from the built site)
/// under Node against the built per-language indexes, so tests check exactly what readers run.
/// All queries go through one Node process to keep the suite fast.
/// </summary>
public static class SiteSearch
{
    private const string Runner = """
        import { readFileSync } from 'node:fs';
        const [script, output, queries] = process.argv.slice(2);
        const { prepare, search } = await import(script);
        const answers = {};
        for (const [lang, list] of Object.entries(JSON.parse(queries))) {
          const prepared = prepare(JSON.parse(readFileSync(`${output}/${lang}/search/index.json`, 'utf8')));
          answers[lang] = Object.fromEntries(list.map(q => [q, search(prepared, q).map(r => ({
            url: r.url, kind: r.kind, marked: r.excerpt.filter(s => s.mark).map(s => s.text) }))]));
        }
        process.stdout.write(JSON.stringify(answers));
        """;

    public sealed record Hit(string Url, string Kind, IReadOnlyList<string> Marked);

    /// <summary>Results per language per query, best first.</summary>
    public static Dictionary<string, Dictionary<string, List<Hit>>> Run(BuiltSite site, Dictionary<string, string[]> queries)
    {
        var work = Directory.CreateTempSubdirectory("roadmapsite-search-");
        try
        {
            // Node treats .mjs as a module whatever package.json says; the served file is .js.
            var script = Path.Combine(work.FullName, "search.mjs");
            File.Copy(Directory.GetFiles(Path.Combine(site.Output, "assets"), "search.*.js").Single(), script);
            var runner = Path.Combine(work.FullName, "runner.mjs");
            File.WriteAllText(runner, Runner);
            var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { runner, new Uri(script).AbsoluteUri, site.Output, JsonSerializer.Serialize(queries) })
                start.ArgumentList.Add(arg);
            using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
            var stdout = node.StandardOutput.ReadToEndAsync();
            var stderr = node.StandardError.ReadToEnd();
            node.WaitForExit();
            Assert.True(node.ExitCode == 0, $"the search script failed under node: {stderr}");
            return JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, List<Hit>>>>(stdout.Result,
                new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
