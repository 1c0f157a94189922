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
/// The handbook as a PDF per language: a stage after the pipelines that prints the rendered
/// <c>/{lang}/handbook/</c> page with headless Chromium, from a private temporary folder holding
/// just that page and its assets, then renders the page again with a link to the PDF. Both
/// languages are made or neither, and the page links to the PDF only when it was made.
/// </summary>
public static class HandbookPrinting
{
    public static string SitePath(Language language) =>
        $"{Permalinks.Section(language, "handbook")}roadmap-handbook-{language.Code()}.pdf";

    /// <summary>The PDFs exist only where Chromium does (not on Netlify), so they are no published address to keep.</summary>
    public static bool IsHandbookPdf(string sitePath) =>
        LanguageCodes.All.Any(l => string.Equals(sitePath, SitePath(l), StringComparison.Ordinal));

    public static (IReadOnlyList<OutputFile> Files, HandbookPdfReport Report) Add(
        Handbook handbook, ThemeAssets assets, IReadOnlyList<OutputFile> files, PdfMode mode)
    {
        if (mode == PdfMode.Never) return (files, HandbookPdfReport.NotAsked);
        var clock = Stopwatch.StartNew();
        HandbookPdfReport Without(string problem) => new(mode, [], problem, clock.Elapsed);

        if (ChromiumPrinter.Find(out var whyNot) is not { } printer)
            return (files, Without($"Chromium not found: {whyNot}"));

        var byPath = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var folder = Path.Combine(Path.GetTempPath(), $"roadmapsite-pdf-{Guid.NewGuid():N}");
        try
        {
            var languages = LanguageCodes.All.ToList();
            var pages = languages.Select(l => PagePath(l)).ToList();
            foreach (var asset in pages.SelectMany(p => HandbookPrintCopy.AssetsOf(Text(byPath[p]))).Distinct(StringComparer.Ordinal))
                Write(folder, asset[1..], byPath[asset[1..]].Content);

            // The two prints run side by side: each Chromium spends most of its time starting up.
            var printed = new (PrintedPdf? Pdf, string? Problem)[languages.Count];
            Parallel.For(0, languages.Count, i =>
            {
                var language = languages[i];
                var html = HandbookPrintCopy.Of(Text(byPath[pages[i]]), Permalinks.Section(language, "handbook"),
                    handbook.Site, handbook.Site.Title[language]);
                var htmlFile = Write(folder, pages[i], Encoding.UTF8.GetBytes(html));
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
                return (files, Without(failed));

            var made = languages.Select((l, i) => (Language: l, Path: SitePath(l), Pdf: printed[i].Pdf!)).ToList();
            var linked = Relinked(handbook, assets, made.Select(m => (m.Language, new HandbookPdf(m.Path, m.Pdf.Bytes.Length, m.Pdf.Pages))));
            var result = files.Select(f => linked.GetValueOrDefault(f.Path, f))
                .Concat(made.Select(m => new OutputFile(m.Path[1..], m.Pdf.Bytes)))
                .ToList();
            return (result, new HandbookPdfReport(mode, made.Select(m => m.Path).ToList(), null, clock.Elapsed));
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

    /// <summary>The handbook pages rendered again, each with its link to the PDF, by file path.</summary>
    private static Dictionary<string, OutputFile> Relinked(Handbook handbook, ThemeAssets assets, IEnumerable<(Language Language, HandbookPdf Pdf)> pdfs)
    {
        using var renderer = new PageRenderer();
        var linked = new Dictionary<string, OutputFile>(StringComparer.Ordinal);
        foreach (var (language, pdf) in pdfs)
        {
            var route = ContentRoutes.For(handbook, assets).Single(r => r.SitePath == Permalinks.Section(language, "handbook"));
            var parameters = new Dictionary<string, object?>(route.Parameters) { ["Pdf"] = pdf };
            var html = renderer.RenderAsync(route.Component, parameters).GetAwaiter().GetResult();
            linked[route.FilePath] = OutputFile.Text(route.FilePath, html);
        }
        return linked;
    }

    private static string PagePath(Language language) => Permalinks.Section(language, "handbook")[1..] + "index.html";

    private static string Text(OutputFile file) => Encoding.UTF8.GetString(file.Content);

    private static string Write(string folder, string relativePath, byte[] content)
    {
        var path = Path.Combine(folder, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }
}
