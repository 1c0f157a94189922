namespace RoadmapSite.Building;

/// <summary>
/// How a build differs from the default production build.
/// </summary>
/// <param name="ThemeAssetsFolder">Read the theme's CSS and script from this folder instead of the
/// copies compiled in, so the live preview shows a stylesheet edit without recompiling.</param>
/// <param name="ReadHistory">Date each record from git history; off only where speed matters more than dates.</param>
public sealed record BuildOptions(string? ThemeAssetsFolder = null, bool ReadHistory = true)
{
    public static readonly BuildOptions Default = new();
}
