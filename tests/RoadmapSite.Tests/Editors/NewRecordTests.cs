using RoadmapSite.Building;
using RoadmapSite.Content.Checking;
using RoadmapSite.Content.Loading;
using RoadmapSite.Scaffolding;

namespace RoadmapSite.Tests.Editors;

/// <summary>The <c>new</c> command's files: fresh ids, the next number, and TODOs that check refuses.</summary>
public sealed class NewRecordTests
{
    [Fact]
    public void A_new_measure_gets_an_issue_with_the_next_number_and_placeholders_that_check_reports()
    {
        using var input = new InputCopy();
        var inventory = InputInventory.Read(input.Input);
        var next = inventory.IssueNumbers.Where(i => i.Item == "gene-therapy").Max(i => i.Number) + 1;

        var (files, problem) = RecordScaffold.Plan(inventory, "measure", "gene-therapy", null, null);

        Assert.Null(problem);
        Assert.Equal([$"issues/gene-therapy-issue-{next}.yml", $"measures/gene-therapy-measure-{next}.yml"], files.Select(f => f.InputPath));
        Assert.All(files, f => Assert.StartsWith("# yaml-language-server: $schema=../schemas/", f.Text));
        Assert.Contains($"\nnumber: {next} ", files[0].Text);
        foreach (var file in files) input.Write(file.InputPath, file.Text);

        var result = HandbookLoader.Load(input.Input);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Contains(PlaceholderTextRule.Marker, e.Message));
        Assert.Contains(errors, e => e.File.EndsWith($"measures/gene-therapy-measure-{next}.yml") && e.Line > 1);
    }

    [Fact]
    public void Ids_ever_used_are_never_given_again()
    {
        using var input = new InputCopy();
        var measure = "ips-organ-targets";
        var next = InputInventory.Read(input.Input).IssueNumbers.Where(i => i.Item == "gene-therapy").Max(i => i.Number) + 1;
        // A published URL and a former id both hold an id, even with no file of that name left.
        File.AppendAllText(input.PathOf(PublishedUrls.FileName), $"/ja/measures/gene-therapy-measure-{next}/\n");
        var (_, taken) = RecordScaffold.Plan(InputInventory.Read(input.Input), "measure", "gene-therapy", measure, null);
        var (files, _) = RecordScaffold.Plan(InputInventory.Read(input.Input), "measure", "gene-therapy", null, null);

        Assert.Contains("already used", taken);
        Assert.Equal($"measures/gene-therapy-measure-{next}-2.yml", files[1].InputPath);
    }

    [Fact]
    public void Kinds_without_a_natural_id_ask_for_one()
    {
        using var input = new InputCopy();
        var (files, problem) = RecordScaffold.Plan(InputInventory.Read(input.Input), "term", null, null, null);
        Assert.Empty(files);
        Assert.Contains("--id", problem);
    }
}
