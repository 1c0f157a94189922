using RoadmapSite.Content.Loading;
using RoadmapSite.Content.Model;
using Xunit;

namespace RoadmapSite.Tests.Content;

/// <summary>The minimal fixture loads clean and every field lands in the model.</summary>
public class MinimalInputTests
{
    [Fact]
    public void Loads_without_diagnostics()
    {
        using var fixture = new FixtureInput();
        var result = HandbookLoader.Load(fixture.Input, fixture.Root);
        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Handbook);
    }

    [Fact]
    public void Deserialises_every_record_type()
    {
        using var fixture = new FixtureInput();
        var handbook = HandbookLoader.Load(fixture.Input, fixture.Root).Handbook!;

        Assert.Equal("https://example.jp", handbook.Site.BaseUrl);
        Assert.Equal(new PartialDate(DatePrecision.Day, 2024, 3, 29), handbook.Site.SourceDocument.AsOf);
        Assert.Equal("input/site.yml", handbook.Site.File);

        var measure = Assert.Single(handbook.Measures);
        Assert.Equal("ips-suitable-diseases", measure.Issue);
        var action = Assert.Single(measure.Actions);
        Assert.Equal(["mext", "meti"], action.Ministries);
        Assert.Equal(new ActionStatus(ActionState.Ongoing, "引き続き検討する"), action.Status);
        Assert.Equal("* MPS = microphysiological system", Assert.Single(measure.Notes).En);
        Assert.Equal(["mps"], measure.Mentions.Terms);
        Assert.Equal("1-1", handbook.NumberOf(measure));
        Assert.Equal("input/measures/ips-organ-targets.yml", measure.File);

        Assert.Equal(["mext", "meti"], handbook.Ministries.Select(m => m.Id));
        Assert.Equal("文", handbook.Ministry("mext").Code);
        Assert.Equal(ProgrammeKind.Project, Assert.Single(handbook.Programmes).Kind);
        Assert.Equal("CiRA", Assert.Single(handbook.Institutions).ShortName!.Ja);
        Assert.Equal(["MPS"], Assert.Single(handbook.Terms).Forms.Ja);
        var period = Assert.Single(handbook.Events);
        Assert.Equal(new PartialDate(DatePrecision.FiscalYear, 2025), period.Start);
        Assert.Equal(new PartialDate(DatePrecision.FiscalYear, 2029), period.End);
        Assert.Equal("41", Assert.Single(handbook.Sources).Volume);
        Assert.Equal(2023, handbook.Sources[0].Year);
        Assert.Equal(2040, Assert.Single(handbook.Vision).Year);
        Assert.Equal(["third-period"], Assert.Single(handbook.Overviews).Mentions.Events);
        Assert.Empty(handbook.Items[0].Mentions.Terms);
    }
}
