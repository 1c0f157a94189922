using System.Buffers;
using System.Text;

namespace RoadmapSite.Building;

/// <summary>
/// One file of the built site: its path below the output folder (forward slashes, e.g.
/// <c>ja/measures/x/index.html</c>) and its bytes. Pipelines make these; the writer writes them.
/// Large files (a page of the whole handbook, the sitemap) are written in chunks
/// (<see cref="ChunkedBytes"/>), so that none is ever one array or one string.
/// </summary>
public sealed record OutputFile(string Path, ReadOnlySequence<byte> Content)
{
    public OutputFile(string path, byte[] content) : this(path, new ReadOnlySequence<byte>(content))
    {
    }

    public static OutputFile Text(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    /// <summary>A file made by writing to a stream, kept in chunks as it is written.</summary>
    public static OutputFile Written(string path, Action<Stream> write)
    {
        var bytes = new ChunkedBytes();
        write(bytes);
        return new(path, bytes.ToSequence());
    }

    /// <summary>The site path a browser asks for: <c>/ja/measures/x/</c> for <c>ja/measures/x/index.html</c>.</summary>
    public string SitePath => SitePathOf(Path);

    public static string SitePathOf(string path) =>
        path.EndsWith("index.html", StringComparison.Ordinal) ? "/" + path[..^"index.html".Length] : "/" + path;

    /// <summary>Writes the bytes, chunk by chunk, to a new file at <paramref name="fullPath"/>.</summary>
    public void WriteTo(string fullPath)
    {
        // FileShare.Read, as File.WriteAllBytes has it: on Unix .NET takes a lock for None, and the preview's
        // server, reading the page at that moment, would fail with an error instead of a page.
        using var stream = new FileStream(fullPath, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0);
        foreach (var chunk in Content) stream.Write(chunk.Span);
    }
}
