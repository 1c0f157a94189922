using RoadmapSite.Content.Checking;
using RoadmapSite.Content.Loading;
using RoadmapSite.Content.Model;

namespace RoadmapSite.Tests.Editors;

/// <summary>The live preview's loads after an edit read only what the edit touched, and give what a fresh load gives.</summary>
public sealed class LoadCacheTests
{
    private const string Measure = "measures/ips-organ-targets.yml";

    [Fact]
    public void A_second_load_reads_nothing_unchanged_and_gives_the_same_handbook()
    {
        using var input = new InputCopy();
        var cache = new LoadCache();
        var first = HandbookLoader.Load(input.Input, input.Root, cache);
        Assert.Equal(first.Handbook!.Measures.Count + first.Handbook.Issues.Count, cache.ReadLastTime.Count(f => f.Contains("/measures/") || f.Contains("/issues/")));

        var second = HandbookLoader.Load(input.Input, input.Root, cache);

        Assert.Empty(cache.ReadLastTime);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(first.Handbook.Measures.Select(m => m.Summary.En), second.Handbook!.Measures.Select(m => m.Summary.En));
    }

    [Fact]
    public void An_edit_is_read_alone_and_shows_as_a_fresh_load_would()
    {
        using var input = new InputCopy();
        var cache = new LoadCache();
        HandbookLoader.Load(input.Input, input.Root, cache);

        input.Write(Measure, input.Read(Measure).Replace("\nsummary:\n  ja: ", "\nsummary:\n  ja: 改訂"));
        var edited = HandbookLoader.Load(input.Input, input.Root, cache);

        Assert.Equal(["input/" + Measure], cache.ReadLastTime);
        var fresh = HandbookLoader.Load(input.Input, input.Root);
        Assert.Equal(fresh.Diagnostics, edited.Diagnostics);
        Assert.StartsWith("改訂", edited.Handbook!.Measures.Single(m => m.Id == "ips-organ-targets").Summary.Ja);
    }

    [Fact]
    public void The_rules_between_records_still_see_an_edit()
    {
        using var input = new InputCopy();
        var cache = new LoadCache();
        HandbookLoader.Load(input.Input, input.Root, cache);
        var issue = "issues/" + input.Read(Measure).Split('\n').Single(l => l.StartsWith("issue: ", StringComparison.Ordinal))["issue: ".Length..] + ".yml";

        // The measure is untouched; the issue it answers disappears.
        File.Delete(input.PathOf(issue));
        var edited = HandbookLoader.Load(input.Input, input.Root, cache);

        Assert.Empty(cache.ReadLastTime);
        Assert.Equal(HandbookLoader.Load(input.Input, input.Root).Diagnostics, edited.Diagnostics);
        Assert.Contains(edited.Diagnostics, d => d.File == "input/" + Measure && d.Severity == Severity.Error);
    }

    [Fact]
    public void A_broken_edit_is_reported_and_its_fix_is_read_again()
    {
        using var input = new InputCopy();
        var cache = new LoadCache();
        HandbookLoader.Load(input.Input, input.Root, cache);
        var text = input.Read(Measure);

        input.Write(Measure, text.Replace("\nsummary:", "\nsumary:"));
        Assert.Contains(HandbookLoader.Load(input.Input, input.Root, cache).Diagnostics, d => d.Message.Contains("sumary"));

        input.Write(Measure, text);
        var fixedAgain = HandbookLoader.Load(input.Input, input.Root, cache);
        Assert.False(fixedAgain.HasErrors);
        Assert.Equal(["input/" + Measure], cache.ReadLastTime);
    }

    [Fact]
    public void A_changed_schema_has_every_record_read_again()
    {
        using var input = new InputCopy();
        var cache = new LoadCache();
        var first = HandbookLoader.Load(input.Input, input.Root, cache);
        var schema = "schemas/measure.schema.json";
        input.Write(schema, input.Read(schema).Replace("\"One measure record", "\"A measure record"));

        HandbookLoader.Load(input.Input, input.Root, cache);

        Assert.Equal(first.Handbook!.Measures.Count, cache.ReadLastTime.Count(f => f.StartsWith("input/measures/", StringComparison.Ordinal)));
    }
}
