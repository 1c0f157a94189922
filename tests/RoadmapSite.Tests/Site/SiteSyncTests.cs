using System.Text;
using RoadmapSite.Building;
using RoadmapSite.Output;

namespace RoadmapSite.Tests.Site;

/// <summary>The preview's output folder: a file is written only when its bytes changed, and never seen half-written.</summary>
public sealed class SiteSyncTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "roadmap-sync-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_page_rendered_to_its_file_is_written_only_when_it_changed_and_leaves_nothing_beside_it()
    {
        var sync = new SiteSync(_root);
        var page = Path.Combine(_root, "en", "handbook", "index.html");

        Assert.True(sync.Write("en/handbook/index.html", Html("<p>one</p>")));
        var written = File.GetLastWriteTimeUtc(page);
        Assert.False(sync.Write("en/handbook/index.html", Html("<p>one</p>")));
        Assert.Equal(written, File.GetLastWriteTimeUtc(page));
        Assert.True(sync.Write("en/handbook/index.html", Html("<p>two</p>")));

        // The old page is let go of later, but it is no longer what the path gives.
        Assert.Equal("<p>two</p>", File.ReadAllText(page));
        sync.ReleaseReplaced();
        Assert.Equal("<p>two</p>", File.ReadAllText(page));
        Assert.Equal(["index.html"], Directory.GetFiles(Path.GetDirectoryName(page)!).Select(Path.GetFileName));
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
    public void A_page_that_fails_to_render_leaves_the_old_page_and_nothing_beside_it()
    {
        var sync = new SiteSync(_root);
        sync.Write("en/index.html", Html("<p>one</p>"));

        Assert.Throws<InvalidOperationException>(() => sync.Write("en/index.html", stream =>
        {
            stream.Write("<p>half"u8);
            throw new InvalidOperationException("a bug in a template");
        }));

        Assert.Equal("<p>one</p>", File.ReadAllText(Path.Combine(_root, "en", "index.html")));
        Assert.Equal(["index.html"], Directory.GetFiles(Path.Combine(_root, "en")).Select(Path.GetFileName));
    }

    private static Action<Stream> Html(string html) => stream => stream.Write(Encoding.UTF8.GetBytes(html));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
