using System.Security.Cryptography;
using RoadmapSite.Building;
using RoadmapSite.Theme;
using RoadmapSite.Theme.Layout;

namespace RoadmapSite.Pipelines;

/// <summary>
/// Assets: the theme's CSS and script under content-hashed names (<c>/assets/site.3f2a9c1b7d.css</c>),
/// so they can be cached forever and a change is picked up at once.
/// </summary>
public static class AssetsPipeline
{
    public static (IReadOnlyList<OutputFile> Files, ThemeAssets Urls) Run()
    {
        var named = ThemeFiles.All()
            .Select(f => (f.Name, File: new OutputFile($"assets/{Fingerprinted(f.Name, f.Content)}", f.Content)))
            .ToList();
        string Url(string name) => "/" + named.Single(f => f.Name == name).File.Path;
        return (named.Select(f => f.File).ToList(), new ThemeAssets(Url("site.css"), Url("copy-link.js"), Url("search.js")));
    }

    private static string Fingerprinted(string name, byte[] content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..10];
        var dot = name.LastIndexOf('.');
        return $"{name[..dot]}.{hash}{name[dot..]}";
    }
}
