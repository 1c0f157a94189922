using System.Text;
using RoadmapSite.Building;
using RoadmapSite.Content.Loading;
using RoadmapSite.Rendering;

namespace RoadmapSite.Tests.Editors;

/// <summary>
/// The live preview reuses the fragments of unchanged records (a measure's entry in every list,
/// its block in the handbook): every page it writes must still be the page a fresh build writes,
/// whatever the edit.
/// </summary>
public sealed class FragmentCacheTests
{
    private const string Measure = "measures/ips-organ-targets.yml";

    [Fact]
    public void Reused_fragments_give_the_pages_a_build_without_them_gives()
    {
        using var input = new InputCopy();
        var preview = new BuildOptions(ReadHistory: false, Cache: new LoadCache(), Fragments: new FragmentCache());

        AssertSamePages(Build(input, new BuildOptions(ReadHistory: false)), Build(input, preview));
    }

    [Theory]
    [InlineData(Measure, "  en: Promote research", "  en: Newly promote research")]
    [InlineData(Measure, "      - meti\n", "      - mhlw\n")]
    [InlineData("terms/mps.yml", "  en: microphysiological system", "  en: micro-physiological system")]
    [InlineData("ministries/mext.yml", "\n  en: ", "\n  en: The ")]
    public void After_an_edit_every_page_is_the_one_a_fresh_build_makes(string file, string before, string after)
    {
        using var input = new InputCopy();
        var preview = new BuildOptions(ReadHistory: false, Cache: new LoadCache(), Fragments: new FragmentCache());
        var first = Build(input, preview);

        input.Write(file, InputCopy.ReplaceFirst(input.Read(file), before, after));
        var edited = Build(input, preview);

        var fresh = Build(input, new BuildOptions(ReadHistory: false));
        AssertSamePages(fresh, edited);
        // The edit shows in the handbook, where every one of these records is reused.
        Assert.NotEqual(first["en/handbook/index.html"], edited["en/handbook/index.html"]);
    }

    [Fact]
    public void Fragments_of_edited_records_are_forgotten_after_the_whole_site_is_built()
    {
        using var input = new InputCopy();
        var fragments = new FragmentCache();
        var preview = new BuildOptions(ReadHistory: false, Cache: new LoadCache(), Fragments: fragments);
        Build(input, preview);
        fragments.ForgetUnused();
        var kept = fragments.Count;

        // Each edit makes new fragments of the measure and of every list and handbook part that shows
        // it; an editor's session of hundreds of edits must not keep the old ones.
        for (var edit = 1; edit <= 3; edit++)
        {
            input.Write(Measure, InputCopy.ReplaceFirst(input.Read(Measure), "  en: Promote ", $"  en: Promote {edit} "));
            var edited = Build(input, preview);
            Assert.True(fragments.Count > kept, "the edit should have added fragments");
            fragments.ForgetUnused();
            Assert.Equal(kept, fragments.Count);
            AssertSamePages(Build(input, new BuildOptions(ReadHistory: false)), edited);
        }
    }

    private static Dictionary<string, string> Build(InputCopy input, BuildOptions options)
    {
        var pages = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
        var result = SiteBuilder.Render(input.Input, f =>
        {
            if (f.Path.EndsWith(".html", StringComparison.Ordinal)) pages[f.Path] = Encoding.UTF8.GetString(f.Content);
        }, options: options);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return new(pages);
    }

    private static void AssertSamePages(Dictionary<string, string> expected, Dictionary<string, string> actual)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (path, html) in expected)
            Assert.True(html == actual[path], $"{path} differs from a fresh build's");
    }
}
