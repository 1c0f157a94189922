using System.Text;
using RoadmapSite.Rendering;

namespace RoadmapSite.Tests.Site;

/// <summary>Pages are written as UTF-8 by our own writer: it must write every character as StreamWriter would.</summary>
public sealed class PageWriterTests
{
    [Fact]
    public void Japanese_text_and_characters_beyond_the_basic_plane_are_written_as_UTF8_however_the_writes_split_them()
    {
        // 𠮷 (U+20BB7) is two UTF-16 units; written one unit at a time, the pair is split across writes.
        var text = "再生医療等製品の𠮷野家 <p class=\"x\">Regenerative medicine</p>" + new string('あ', 40_000) + "𠮷";
        using var bytes = new MemoryStream();
        using (var writer = new PageWriter(bytes))
        {
            writer.Write(text[..5]);
            foreach (var c in text[5..12]) writer.Write(c);
            writer.Write(text.ToCharArray(), 12, 30);
            writer.Write(text.AsSpan(42));
        }
        Assert.Equal(Encoding.UTF8.GetBytes(text), bytes.ToArray());
    }
}
