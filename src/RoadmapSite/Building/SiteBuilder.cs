using RoadmapSite.Content.Checking;
using RoadmapSite.Content.Loading;
using RoadmapSite.Content.Model;
using RoadmapSite.Output;
using RoadmapSite.Pipelines;
using RoadmapSite.Printing;

namespace RoadmapSite.Building;

/// <summary>
/// The build: read and validate input/ (load), date the records from git (history), run every
/// pipeline (render), check that no published URL is lost and that the links between the rendered
/// files hold (check), and swap the result into the output folder (write). Nothing is written
/// unless every stage before succeeded.
/// </summary>
public static class SiteBuilder
{
    private static readonly IPipeline[] Pipelines =
        [new ContentPipeline(), new DataPipeline(), new SitemapPipeline(), new FeedsPipeline(), new SearchIndexPipeline(), new RedirectsPipeline()];

    public static BuildResult Build(string inputDirectory, string outputDirectory, BuildTimings? timings = null, BuildOptions? options = null)
    {
        timings ??= new BuildTimings();
        var result = Render(inputDirectory, timings, options);
        if (result.Succeeded)
            timings.Measure("write", () => SiteWriter.Write(outputDirectory, result.Files));
        return result;
    }

    /// <summary>Everything but writing: what <c>check</c> runs, and what the live preview writes its own way.</summary>
    public static BuildResult Render(string inputDirectory, BuildTimings? timings = null, BuildOptions? options = null)
    {
        timings ??= new BuildTimings();
        options ??= BuildOptions.Default;
        // Git runs as a separate process, so it can read the history while the loader reads the files.
        var history = options.ReadHistory ? Task.Run(() => GitHistory.Read(inputDirectory)) : Task.FromResult(ChangeHistory.None);
        var loaded = timings.Measure("load", () => HandbookLoader.Load(inputDirectory));
        if (loaded.HasErrors || loaded.Handbook is not { } loadedHandbook)
            return new BuildResult(loaded.Diagnostics, [], []);
        var handbook = timings.Measure("history", () => loadedHandbook.WithHistory(history.GetAwaiter().GetResult()));

        var (assetFiles, assets) = timings.Measure("assets", () => AssetsPipeline.Run(options.ThemeAssetsFolder));
        var files = new List<OutputFile>(assetFiles);
        foreach (var pipeline in Pipelines)
            files.AddRange(timings.Measure(pipeline.Name.ToLowerInvariant(), () => pipeline.Run(handbook, assets).ToList()));

        var diagnostics = loaded.Diagnostics
            .Concat(timings.Measure("urls", () => PublishedUrls.Check(inputDirectory, files.Select(f => f.SitePath))))
            .ToList();
        if (diagnostics.Any(d => d.Severity == Severity.Error))
            return new BuildResult(diagnostics, [], files);

        // After the checks of content, so a build that fails anyway does not wait for a browser.
        var (printed, pdf) = options.Pdf == PdfMode.Never
            ? (files, HandbookPdfReport.NotAsked)
            : timings.Measure("pdf", () => HandbookPrinting.Add(handbook, assets, files, options.Pdf));

        var broken = timings.Measure("links", () => LinkChecker.Check(printed));
        return new BuildResult(diagnostics, broken, printed) { Pdf = pdf };
    }
}

/// <summary>What a build did: content diagnostics, broken links (a bug in the theme), the files made.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> BrokenLinks, IReadOnlyList<OutputFile> Files)
{
    public bool ContentErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
    public bool Succeeded => !ContentErrors && BrokenLinks.Count == 0 && !Pdf.Failed;

    /// <summary>Whether the handbook's PDF was made, and if not, why.</summary>
    public HandbookPdfReport Pdf { get; init; } = HandbookPdfReport.NotAsked;
}
