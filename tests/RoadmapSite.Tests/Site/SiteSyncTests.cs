using System.Text;
using RoadmapSite.Building;
using RoadmapSite.Output;

namespace RoadmapSite.Tests.Site;

/// <summary>The preview's output folder: a file is written only when its bytes changed, and never seen half-written.</summary>
public sealed class SiteSyncTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "roadmap-sync-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_page_rendered_to_its_file_is_written_only_when_it_changed_and_leaves_nothing_served_beside_it()
    {
        var sync = new SiteSync(_root);
        var page = Path.Combine(_root, "en", "handbook", "index.html");

        Assert.True(sync.Write("en/handbook/index.html", Html("<p>one</p>")));
        var written = File.GetLastWriteTimeUtc(page);
        Assert.False(sync.Write("en/handbook/index.html", Html("<p>one</p>")));
        Assert.Equal(written, File.GetLastWriteTimeUtc(page));
        Assert.True(sync.Write("en/handbook/index.html", Html("<p>two</p>")));
        Assert.True(sync.Write("en/handbook/index.html", Html("<p>three</p>")));

        Assert.Equal("<p>three</p>", File.ReadAllText(page));
        Assert.Equal(["index.html"], Served(Path.GetDirectoryName(page)!));
        // The page it replaced is kept as the spare the next version is written into, so its disk
        // blocks are reused rather than freed (where the system can swap two files: Linux).
        if (OperatingSystem.IsLinux())
            Assert.Equal("<p>two</p>", File.ReadAllText(Path.Combine(Path.GetDirectoryName(page)!, ".index.html.spare")));
    }

    [Fact]
    public void A_reader_of_a_page_being_replaced_reads_the_old_page_whole()
    {
        var sync = new SiteSync(_root);
        var old = string.Concat(Enumerable.Repeat("<p>old</p>", 100_000));
        sync.Write("en/index.html", Html(old));

        using var reader = new StreamReader(File.OpenRead(Path.Combine(_root, "en", "index.html")));
        var start = new char[10];
        reader.ReadBlock(start);
        sync.Write(new OutputFile("en/index.html", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>new</p>", 120_000)))));

        Assert.Equal(old, new string(start) + reader.ReadToEnd());
    }

    [Fact]
    public void A_page_no_longer_built_is_deleted_with_its_spare()
    {
        var sync = new SiteSync(_root);
        sync.Write("en/old/index.html", Html("<p>one</p>"));
        sync.Write("en/old/index.html", Html("<p>two</p>"));
        sync.Write("en/index.html", Html("<p>kept</p>"));

        Assert.Equal(1, sync.DeleteAllBut(["en/index.html"]));

        Assert.Empty(Directory.GetFiles(Path.Combine(_root, "en", "old")));
        Assert.Equal("<p>kept</p>", File.ReadAllText(Path.Combine(_root, "en", "index.html")));
    }

    [Fact]
    public void Both_ways_of_writing_agree_on_what_is_unchanged()
    {
        var sync = new SiteSync(_root);
        Assert.True(sync.Write(new OutputFile("en/index.html", Encoding.UTF8.GetBytes("<p>one</p>"))));

        Assert.False(sync.Write("en/index.html", Html("<p>one</p>")));
        Assert.True(sync.Write("en/index.html", Html("<p>two</p>")));
        Assert.False(sync.Write(new OutputFile("en/index.html", Encoding.UTF8.GetBytes("<p>two</p>"))));
    }

    [Fact]
    public void A_page_that_fails_to_render_leaves_the_old_page_and_nothing_served_beside_it()
    {
        var sync = new SiteSync(_root);
        sync.Write("en/index.html", Html("<p>one</p>"));

        Assert.Throws<InvalidOperationException>(() => sync.Write("en/index.html", stream =>
        {
            stream.Write("<p>half"u8);
            throw new InvalidOperationException("a bug in a template");
        }));

        Assert.Equal("<p>one</p>", File.ReadAllText(Path.Combine(_root, "en", "index.html")));
        Assert.Equal(["index.html"], Served(Path.Combine(_root, "en")));
    }

    /// <summary>The files a server gives out: not the hidden ones, which <see cref="Serving.SiteFolder"/> never serves.</summary>
    private static IEnumerable<string?> Served(string folder) =>
        Directory.GetFiles(folder).Select(Path.GetFileName).Where(name => !name!.StartsWith('.'));

    private static Action<Stream> Html(string html) => stream => stream.Write(Encoding.UTF8.GetBytes(html));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
