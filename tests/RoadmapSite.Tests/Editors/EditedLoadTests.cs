using RoadmapSite.Content.Loading;

namespace RoadmapSite.Tests.Editors;

/// <summary>
/// The preview's first answer to a save reads only the files the watcher named, and gives way to a
/// full load whenever that could show something a full load would not.
/// </summary>
public sealed class EditedLoadTests
{
    private const string Measure = "measures/ips-organ-targets.yml";
    private const string OtherMeasure = "measures/cartagena-act-operation.yml";

    [Fact]
    public void Only_the_named_file_is_read_again_and_an_editors_temporary_file_is_ignored()
    {
        using var input = new InputCopy();
        var cache = new LoadCache();
        HandbookLoader.Load(input.Input, input.Root, cache);

        input.Write(Measure, input.Read(Measure).Replace("\nsummary:\n  ja: ", "\nsummary:\n  ja: 改訂"));
        // Saved too, but not reported by the watcher: the quick load must not have looked at it.
        input.Write(OtherMeasure, input.Read(OtherMeasure).Replace("\nsummary:\n  ja: ", "\nsummary:\n  ja: 未報告"));
        var edited = HandbookLoader.LoadEdited(input.Input, input.Root, cache, [input.PathOf(Measure), input.PathOf("measures/.ips-organ-targets.yml.swp")]);

        Assert.NotNull(edited);
        Assert.Equal(["input/" + Measure], edited.Files);
        Assert.StartsWith("改訂", edited.Handbook.Measures.Single(m => m.Id == "ips-organ-targets").Summary.Ja);
        Assert.DoesNotContain("未報告", edited.Handbook.Measures.Single(m => m.Id == "cartagena-act-operation").Summary.Ja);
        Assert.Equal(HandbookLoader.Load(input.Input, input.Root).Handbook!.Measures.Count, edited.Handbook.Measures.Count);
    }

    [Fact]
    public void A_new_file_a_deleted_record_or_a_schema_needs_a_full_load()
    {
        using var input = new InputCopy();
        var cache = new LoadCache();
        HandbookLoader.Load(input.Input, input.Root, cache);

        input.Write("measures/new-measure.yml", input.Read(Measure).Replace("id: ips-organ-targets", "id: new-measure"));
        Assert.Null(HandbookLoader.LoadEdited(input.Input, input.Root, cache, [input.PathOf("measures/new-measure.yml")]));

        File.Delete(input.PathOf(OtherMeasure));
        Assert.Null(HandbookLoader.LoadEdited(input.Input, input.Root, cache, [input.PathOf(OtherMeasure)]));

        Assert.Null(HandbookLoader.LoadEdited(input.Input, input.Root, cache, [input.PathOf("schemas/measure.schema.json")]));
    }

    [Fact]
    public void An_edit_with_an_error_needs_a_full_load_to_report_it()
    {
        using var input = new InputCopy();
        var cache = new LoadCache();
        HandbookLoader.Load(input.Input, input.Root, cache);

        input.Write(Measure, input.Read(Measure).Replace("\nsummary:", "\nsumary:"));

        Assert.Null(HandbookLoader.LoadEdited(input.Input, input.Root, cache, [input.PathOf(Measure)]));
        Assert.Contains(HandbookLoader.Load(input.Input, input.Root, cache).Diagnostics, d => d.Message.Contains("unknown field 'sumary'"));
    }
}
