namespace RoadmapSite.Printing;

/// <summary>What became of the handbook's PDF in one build.</summary>
/// <param name="Mode">What the build was asked for.</param>
/// <param name="Paths">The PDFs' site paths, one per language; empty when none was made.</param>
/// <param name="Problem">Why there is no PDF, when one was wanted.</param>
/// <param name="Elapsed">Wall time of finding Chromium and printing.</param>
public sealed record HandbookPdfReport(PdfMode Mode, IReadOnlyList<string> Paths, string? Problem, TimeSpan Elapsed)
{
    public static readonly HandbookPdfReport NotAsked = new(PdfMode.Never, [], null, TimeSpan.Zero);

    /// <summary><c>--pdf always</c> without a PDF: the build must not pass.</summary>
    public bool Failed => Mode == PdfMode.Always && Problem is not null;
}
