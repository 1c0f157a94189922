using RoadmapSite.Content.Loading;
using RoadmapSite.Printing;
using RoadmapSite.Rendering;

namespace RoadmapSite.Building;

/// <summary>
/// How a build differs from the default production build.
/// </summary>
/// <param name="ThemeAssetsFolder">Read the theme's CSS and script from this folder instead of the
/// copies compiled in, so the live preview shows a stylesheet edit without recompiling.</param>
/// <param name="ReadHistory">Date each record from git history; off only where speed matters more than dates.</param>
/// <param name="Environment">Reads an environment variable (the CI's repository URL); the process's own unless a test gives another.</param>
/// <param name="Pdf">Print the handbook to PDF with Chromium. Off unless asked for: printing takes
/// seconds, and only the <c>build</c> command asks (by default when Chromium is found).</param>
/// <param name="Cache">Reuses what loading the files unchanged since the last build gave (the live preview).</param>
/// <param name="Fragments">Reuses the fragments of pages rendered from records unchanged since the last build (the live preview).</param>
/// <param name="ReloadScript">A script every page loads, made with the assets: the live preview's, which reloads a tab when its page is rebuilt.</param>
public sealed record BuildOptions(string? ThemeAssetsFolder = null, bool ReadHistory = true, Func<string, string?>? Environment = null, PdfMode Pdf = PdfMode.Never, LoadCache? Cache = null, FragmentCache? Fragments = null, OutputFile? ReloadScript = null)
{
    public Func<string, string?> EnvironmentVariable => Environment ?? System.Environment.GetEnvironmentVariable;

    public static readonly BuildOptions Default = new();
}
