namespace RoadmapSite.Building;

/// <summary>
/// How a build differs from the default production build.
/// </summary>
/// <param name="ThemeAssetsFolder">Read the theme's CSS and script from this folder instead of the
/// copies compiled in, so the live preview shows a stylesheet edit without recompiling.</param>
/// <param name="ReadHistory">Date each record from git history; off only where speed matters more than dates.</param>
/// <param name="Environment">Reads an environment variable (the CI's repository URL); the process's own unless a test gives another.</param>
public sealed record BuildOptions(string? ThemeAssetsFolder = null, bool ReadHistory = true, Func<string, string?>? Environment = null)
{
    public Func<string, string?> EnvironmentVariable => Environment ?? System.Environment.GetEnvironmentVariable;

    public static readonly BuildOptions Default = new();
}
