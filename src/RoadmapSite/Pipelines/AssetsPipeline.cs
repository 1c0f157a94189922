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
    /// <summary>
    /// The theme's assets, from theme/assets on disk when <see cref="BuildOptions.ThemeAssetsFolder"/>
    /// says so (the live preview), else the copies compiled into the theme; and the preview's reload script.
    /// </summary>
    public static (IReadOnlyList<OutputFile> Files, ThemeAssets Urls) Run(BuildOptions options)
    {
        var folder = options.ThemeAssetsFolder;
        var named = (folder is null ? ThemeFiles.All() : FromFolder(folder))
            .Select(f => (f.Name, File: new OutputFile($"assets/{Fingerprinted(f.Name, f.Content)}", f.Content)))
            .ToList();
        string Url(string name) => "/" + named.Single(f => f.Name == name).File.Path;
        var urls = new ThemeAssets(Url("site.css"), Url("copy-link.js"), Url("search.js"), Url("favicon.svg"))
        {
            ReloadScript = options.ReloadScript is { } reload ? "/" + reload.Path : null,
        };
        return ([.. named.Select(f => f.File), .. options.ReloadScript is { } script ? [script] : Array.Empty<OutputFile>()], urls);
    }

    private static IEnumerable<(string Name, byte[] Content)> FromFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(path => (Name: Path.GetRelativePath(folder, path).Replace('\\', '/'), Path: path))
            .Where(f => !f.Name.StartsWith('.') && !f.Name.Contains("/.", StringComparison.Ordinal))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => (f.Name, File.ReadAllBytes(f.Path)));

    private static string Fingerprinted(string name, byte[] content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..10];
        var dot = name.LastIndexOf('.');
        return $"{name[..dot]}.{hash}{name[dot..]}";
    }
}
