namespace RoadmapSite.Serving;

/// <summary>
/// The Content-Type for each file extension the site publishes. Text types name UTF-8 explicitly
/// so Japanese text never depends on a browser's charset sniffing; unknown extensions are served
/// as opaque bytes, which is what a static host does and what Pagefind's index chunks expect.
/// </summary>
public static class SiteContentTypes
{
    private const string Opaque = "application/octet-stream";

    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".webmanifest"] = "application/manifest+json; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".webp"] = "image/webp",
        [".ico"] = "image/x-icon",
        [".woff2"] = "font/woff2",
        [".pdf"] = "application/pdf",
        [".wasm"] = "application/wasm",
        // Pagefind's index: compressed binary chunks fetched by its own script.
        [".pagefind"] = Opaque,
        [".pf_meta"] = Opaque,
        [".pf_index"] = Opaque,
        [".pf_fragment"] = Opaque,
    };

    public static string For(string path) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out var type) ? type : Opaque;
}
