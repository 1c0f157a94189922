using RoadmapSite.Content.Checking;
using RoadmapSite.Content.Loading;
using RoadmapSite.Output;
using RoadmapSite.Pipelines;

namespace RoadmapSite.Building;

/// <summary>
/// The build: read and validate input/ (load), run every pipeline (render), check the links
/// between the rendered files (check), and swap the result into the output folder (write).
/// Nothing is written unless every stage before succeeded.
/// </summary>
public static class SiteBuilder
{
    private static readonly IPipeline[] Pipelines =
        [new ContentPipeline(), new DataPipeline(), new SitemapPipeline(), new FeedsPipeline(), new SearchIndexPipeline()];

    public static BuildResult Build(string inputDirectory, string outputDirectory, BuildTimings? timings = null)
    {
        timings ??= new BuildTimings();
        var loaded = timings.Measure("load", () => HandbookLoader.Load(inputDirectory));
        if (loaded.HasErrors || loaded.Handbook is not { } handbook)
            return new BuildResult(loaded.Diagnostics, [], []);

        var (assetFiles, assets) = timings.Measure("assets", AssetsPipeline.Run);
        var files = new List<OutputFile>(assetFiles);
        foreach (var pipeline in Pipelines)
            files.AddRange(timings.Measure(pipeline.Name.ToLowerInvariant(), () => pipeline.Run(handbook, assets).ToList()));

        var broken = timings.Measure("links", () => LinkChecker.Check(files));
        if (broken.Count > 0)
            return new BuildResult(loaded.Diagnostics, broken, files);

        timings.Measure("write", () => SiteWriter.Write(outputDirectory, files));
        return new BuildResult(loaded.Diagnostics, [], files);
    }
}

/// <summary>What a build did: content diagnostics, broken links (a bug in the theme), the files made.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> BrokenLinks, IReadOnlyList<OutputFile> Files)
{
    public bool ContentErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
    public bool Succeeded => !ContentErrors && BrokenLinks.Count == 0;
}
