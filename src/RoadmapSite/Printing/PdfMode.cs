namespace RoadmapSite.Printing;

/// <summary>Whether a build prints the handbook to PDF, which needs Chromium on the building machine.</summary>
public enum PdfMode
{
    /// <summary>No PDF: the default of the library, so tests, <c>check</c> and the live preview never wait for a browser.</summary>
    Never,

    /// <summary>A PDF when Chromium is found and prints; otherwise a warning and the site without it (Netlify has no Chromium).</summary>
    Auto,

    /// <summary>A PDF or no build: for a release that must carry it.</summary>
    Always,
}
