using System.Text;
using RoadmapSite.Building;
using RoadmapSite.Content.Model;
using RoadmapSite.Content.Publishing;
using RoadmapSite.Rendering;
using RoadmapSite.Theme.Layout;
using RoadmapSite.Theme.Pages;

namespace RoadmapSite.Pipelines;

/// <summary>
/// Redirects: every old address of a renamed record, twice over. Netlify reads <c>_redirects</c>
/// and answers with a 301; any other host serves the page left at the old address, which sends
/// readers on with a meta refresh, a canonical link and a plain link.
/// </summary>
public sealed class RedirectsPipeline : IPipeline
{
    public string Name => "Redirects";

    public ParallelQuery<OutputFile> Run(Handbook handbook, ThemeAssets assets) => Files(handbook, assets).AsParallel();

    private static IEnumerable<OutputFile> Files(Handbook handbook, ThemeAssets assets)
    {
        var redirects = Redirects.Of(handbook);
        var rules = new StringBuilder("# Old addresses of renamed records (former_ids in input/), made by the build.\n");
        // "!" (forced): the redirect page at the old address would otherwise shadow the rule.
        foreach (var r in redirects) rules.Append(r.From).Append(' ').Append(r.To).Append(" 301!\n");
        yield return OutputFile.Text("_redirects", rules.ToString());

        foreach (var r in redirects)
        {
            var parameters = new Dictionary<string, object?> { ["Page"] = new PageContext(handbook, r.Language, r.From, assets), ["Redirect"] = r };
            yield return OutputFile.Written(new PageRoute(r.From, typeof(RedirectPage), parameters).FilePath, stream => PageRenderer.Render(typeof(RedirectPage), parameters, stream));
        }
    }
}
