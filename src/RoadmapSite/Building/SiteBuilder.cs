using System.Collections.Concurrent;
using RoadmapSite.Content.Checking;
using RoadmapSite.Content.Loading;
using RoadmapSite.Content.Model;
using RoadmapSite.Content.Publishing;
using RoadmapSite.Output;
using RoadmapSite.Pipelines;
using RoadmapSite.Printing;

namespace RoadmapSite.Building;

/// <summary>
/// The build: read and validate input/ (load), date the records from git (history), run every
/// pipeline (render), check that no published URL is lost and that the links between the rendered
/// files hold (check), and swap the result into the output folder (write). Each file goes to its
/// destination as soon as it is made, so a build never holds the whole site in memory; nothing
/// reaches the output folder unless every stage succeeded.
/// </summary>
public static class SiteBuilder
{
    private static IPipeline[] Pipelines(BuildOptions options) =>
        [new ContentPipeline(options.Fragments), new DataPipeline(), new SitemapPipeline(), new FeedsPipeline(), new SearchIndexPipeline(), new RedirectsPipeline()];

    public static BuildResult Build(string inputDirectory, string outputDirectory, BuildTimings? timings = null, BuildOptions? options = null)
    {
        timings ??= new BuildTimings();
        using var staging = new StagingFolder(outputDirectory);
        var result = Render(inputDirectory, staging.Add, timings, options);
        if (result.Succeeded)
            timings.Measure("write", staging.Commit);
        return result;
    }

    /// <summary>
    /// Everything but the swap: each file made is handed to <paramref name="emit"/> (from several
    /// threads at once). <c>check</c> discards them; the live preview and the tests keep them.
    /// </summary>
    public static BuildResult Render(string inputDirectory, Action<OutputFile>? emit = null, BuildTimings? timings = null, BuildOptions? options = null)
    {
        timings ??= new BuildTimings();
        options ??= BuildOptions.Default;
        var (loaded, dated) = Load(inputDirectory, options, timings);
        if (dated is not { } handbook)
            return new BuildResult(loaded.Diagnostics, [], []) { Untranslated = loaded.Untranslated };

        var links = new LinkChecker();
        var paths = new ConcurrentBag<string>();
        void Made(OutputFile file)
        {
            paths.Add(file.Path);
            links.Add(file);
            emit?.Invoke(file);
        }

        var (assetFiles, assets) = timings.Measure("assets", () => AssetsPipeline.Run(options));
        foreach (var file in assetFiles) Made(file);
        // Before the pages, so the handbook page can link to the PDFs, only when they were made.
        var (pdfFiles, assetsAndPdfs, pdf) = timings.Measure("pdf", () => HandbookPrinting.Print(handbook, assets, assetFiles, options.Pdf));
        if (pdf.Failed)
            return new BuildResult(loaded.Diagnostics, [], []) { Untranslated = loaded.Untranslated, Pdf = pdf };
        foreach (var file in pdfFiles) Made(file);
        assets = assetsAndPdfs;
        foreach (var pipeline in Pipelines(options))
            timings.Measure(pipeline.Name.ToLowerInvariant(), () => pipeline.Run(handbook, assets).ForAll(Made));

        var files = paths.Order(StringComparer.Ordinal).ToList();
        var diagnostics = loaded.Diagnostics
            .Concat(timings.Measure("urls", () => PublishedUrls.Check(inputDirectory, files.Select(OutputFile.SitePathOf))))
            .ToList();
        if (diagnostics.Any(d => d.Severity == Severity.Error))
            return new BuildResult(diagnostics, [], files) { Untranslated = loaded.Untranslated, Pdf = pdf };

        var broken = timings.Measure("links", links.Broken);
        return new BuildResult(diagnostics, broken, files) { Untranslated = loaded.Untranslated, Pdf = pdf, Handbook = handbook, Links = links };
    }

    /// <summary>
    /// The first stage: input/ read and checked, and the records dated from git; the handbook is
    /// null when the content has errors.
    /// </summary>
    public static (LoadResult Loaded, Handbook? Handbook) Load(string inputDirectory, BuildOptions options, BuildTimings timings)
    {
        // Git runs as a separate process, so it can read the history while the loader reads the files.
        var history = options.ReadHistory ? Task.Run(() => GitHistory.Read(inputDirectory)) : Task.FromResult(ChangeHistory.None);
        var loaded = timings.Measure("load", () => HandbookLoader.Load(inputDirectory, Environment.CurrentDirectory, options.Cache));
        if (loaded.HasErrors || loaded.Handbook is not { } handbook)
            return (loaded, null);
        var repository = RepositoryLinks.Resolve(handbook.Site.RepositoryUrl, options.EnvironmentVariable);
        return (loaded, timings.Measure("history", () => handbook.WithHistory(history.GetAwaiter().GetResult(), repository)));
    }
}

/// <summary>What a build did: content diagnostics, broken links (a bug in the theme), the paths of the files made.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> BrokenLinks, IReadOnlyList<string> Files)
{
    /// <summary>The records whose English is pending (<c>en: ~</c>), for <c>check</c>'s to-do list.</summary>
    public IReadOnlyList<UntranslatedRecord> Untranslated { get; init; } = [];

    public bool ContentErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
    public bool Succeeded => !ContentErrors && BrokenLinks.Count == 0 && !Pdf.Failed;

    /// <summary>Whether the handbook's PDF was made, and if not, why.</summary>
    public HandbookPdfReport Pdf { get; init; } = HandbookPdfReport.NotAsked;

    /// <summary>The handbook the pages were made from, dated; null when the content has errors.</summary>
    public Handbook? Handbook { get; init; }

    /// <summary>Which page links to which; null when the content has errors.</summary>
    public LinkChecker? Links { get; init; }
}
