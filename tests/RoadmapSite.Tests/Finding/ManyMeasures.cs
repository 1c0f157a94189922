using System.Collections.Concurrent;
using System.Text;
using RoadmapSite.Building;
using RoadmapSite.Tests.Content;

namespace RoadmapSite.Tests.Finding;

/// <summary>The minimal handbook with its one issue and its measure copied until there are <c>count</c> of each, built in memory.</summary>
public static class ManyMeasures
{
    /// <summary>Every file of the built site by path, pages as text. All the measures mention the term <c>mps</c>.</summary>
    public static ConcurrentDictionary<string, string> Build(int count)
    {
        using var input = new FixtureInput();
        var issue = File.ReadAllText(input.PathOf("issues/ips-suitable-diseases.yml"));
        var measure = File.ReadAllText(input.PathOf("measures/ips-organ-targets.yml"));
        for (var i = 2; i <= count; i++)
        {
            var issueId = $"ips-suitable-diseases-{i:000}";
            File.WriteAllText(input.PathOf($"issues/{issueId}.yml"), issue
                .Replace("id: ips-suitable-diseases", $"id: {issueId}")
                .Replace("number: 1", $"number: {i}"));
            var id = $"ips-organ-targets-{i:000}";
            File.WriteAllText(input.PathOf($"measures/{id}.yml"), measure
                .Replace("id: ips-organ-targets", $"id: {id}")
                .Replace("issue: ips-suitable-diseases", $"issue: {issueId}"));
        }

        var files = new ConcurrentDictionary<string, string>();
        var result = SiteBuilder.Render(input.Input, f => files[f.Path] = Encoding.UTF8.GetString(f.Content), options: new BuildOptions(ReadHistory: false));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Select(d => d.ToString()).Concat(result.BrokenLinks)));
        return files;
    }
}
