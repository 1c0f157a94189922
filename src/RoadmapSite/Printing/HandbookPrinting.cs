using System.Buffers;
using System.Diagnostics;
using System.Text;
using RoadmapSite.Building;
using RoadmapSite.Content.Model;
using RoadmapSite.Content.Publishing;
using RoadmapSite.Pipelines;
using RoadmapSite.Rendering;
using RoadmapSite.Theme.Layout;
using HandbookPdf = RoadmapSite.Theme.Layout.HandbookPdf;

namespace RoadmapSite.Printing;

/// <summary>
/// The handbook as a PDF per language: a stage before the content pipeline that renders the
/// <c>/{lang}/handbook/</c> page and prints it with headless Chromium, from a private temporary
/// folder holding just that page and its assets. The PDFs join the theme's assets, so the handbook
/// page the content pipeline renders links to them, and only when they were made. Both languages
/// are made or neither. The print copy has no download link; the page hides it in print anyway.
/// </summary>
public static class HandbookPrinting
{
    public static string SitePath(Language language) =>
        $"{Permalinks.Section(language, "handbook")}roadmap-handbook-{language.Code()}.pdf";

    /// <summary>The PDFs exist only where Chromium does (not on Netlify), so they are no published address to keep.</summary>
    public static bool IsHandbookPdf(string sitePath) =>
        LanguageCodes.All.Any(l => string.Equals(sitePath, SitePath(l), StringComparison.Ordinal));

    /// <summary>The PDF files, the assets with the PDFs added, and what became of them.</summary>
    public static (IReadOnlyList<OutputFile> Files, ThemeAssets Assets, HandbookPdfReport Report) Print(
        Handbook handbook, ThemeAssets assets, IReadOnlyList<OutputFile> assetFiles, PdfMode mode)
    {
        if (mode == PdfMode.Never) return ([], assets, HandbookPdfReport.NotAsked);
        var clock = Stopwatch.StartNew();
        (IReadOnlyList<OutputFile>, ThemeAssets, HandbookPdfReport) Without(string problem) =>
            ([], assets, new(mode, [], problem, clock.Elapsed));

        if (ChromiumPrinter.Find(out var whyNot) is not { } printer)
            return Without($"Chromium not found: {whyNot}");

        var assetsByPath = assetFiles.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var folder = Path.Combine(Path.GetTempPath(), $"roadmapsite-pdf-{Guid.NewGuid():N}");
        try
        {
            var languages = LanguageCodes.All.ToList();
            var routes = languages
                .Select(l => ContentRoutes.For(handbook, assets).Single(r => r.SitePath == Permalinks.Section(l, "handbook")))
                .ToList();
            var pages = routes.Select(r => PageRenderer.RenderText(r.Component, r.Parameters)).ToList();
            foreach (var asset in pages.SelectMany(HandbookPrintCopy.AssetsOf).Distinct(StringComparer.Ordinal))
                Write(folder, asset[1..], assetsByPath[asset[1..]].Content.ToArray());

            // The two prints run side by side: each Chromium spends most of its time starting up.
            var printed = new (PrintedPdf? Pdf, string? Problem)[languages.Count];
            Parallel.For(0, languages.Count, i =>
            {
                var language = languages[i];
                var html = HandbookPrintCopy.Of(pages[i], routes[i].SitePath, handbook.Site, handbook.Site.Title[language]);
                var htmlFile = Write(folder, routes[i].FilePath, Encoding.UTF8.GetBytes(html));
                var pdfFile = Path.Combine(folder, $"{language.Code()}.pdf");
                var problem = printer.Print(htmlFile, pdfFile, Path.Combine(folder, $"profile-{language.Code()}"));
                if (problem is not null)
                {
                    printed[i] = (null, problem);
                    return;
                }
                var dated = new PrintedPdf(File.ReadAllBytes(pdfFile)).Dated(EditionDate(handbook));
                printed[i] = dated is not null ? (dated, null)
                    : (null, "Chromium wrote the PDF's dates in a form this build does not know, so two builds would differ");
            });
            if (printed.FirstOrDefault(p => p.Problem is not null).Problem is { } failed)
                return Without(failed);

            var made = languages.Select((l, i) => (Language: l, Path: SitePath(l), Pdf: printed[i].Pdf!)).ToList();
            var linked = assets with
            {
                HandbookPdfs = made.ToDictionary(m => m.Language, m => new HandbookPdf(m.Path, m.Pdf.Bytes.Length, m.Pdf.Pages)),
            };
            return (made.Select(m => new OutputFile(m.Path[1..], m.Pdf.Bytes)).ToList(), linked,
                new HandbookPdfReport(mode, made.Select(m => m.Path).ToList(), null, clock.Elapsed));
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { } // a Chromium helper still closing; the system's temp cleaner will get it
            catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>
    /// The PDF's creation date: when the handbook's content last changed (git), else the source
    /// document's date; never the time of printing, which would make every build differ.
    /// </summary>
    public static DateTimeOffset EditionDate(Handbook handbook)
    {
        IEnumerable<Record> records = [handbook.Site, .. handbook.Sources, .. handbook.Vision, .. handbook.Overviews,
            .. handbook.Items, .. handbook.Issues, .. handbook.Measures, .. handbook.Ministries, .. handbook.Programmes,
            .. handbook.Institutions, .. handbook.Terms, .. handbook.Events];
        var changes = records.Select(r => handbook.History.Of(r)).OfType<RecordChange>().ToList();
        return changes.Count > 0
            ? changes.Max(c => c.Committed)
            : new DateTimeOffset(handbook.Site.SourceDocument.AsOf.First.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }

    private static string Write(string folder, string relativePath, byte[] content)
    {
        var path = Path.Combine(folder, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }
}
