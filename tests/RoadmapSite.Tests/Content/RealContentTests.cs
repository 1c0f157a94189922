using System.Collections;
using RoadmapSite.Content.Loading;
using RoadmapSite.Content.Model;
using RoadmapSite.Tests.Infrastructure;
using Xunit;

namespace RoadmapSite.Tests.Content;

/// <summary>The real content in input/ loads clean, has the source's shape and covers every source sentence.</summary>
public class RealContentTests
{
    private static readonly Lazy<LoadResult> Loaded = new(() => HandbookLoader.Load(RepoRoot.Combine("input"), RepoRoot.Path));
    private static Handbook Handbook => Loaded.Value.Handbook ?? throw new InvalidOperationException(string.Join("\n", Loaded.Value.Diagnostics));
    private static string Source => File.ReadAllText(RepoRoot.Combine("input/source/roadmap-phase3.txt"));

    [Fact]
    public void Checks_clean()
    {
        Assert.Empty(Loaded.Value.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Has_the_shape_of_the_source()
    {
        Assert.Equal([1, 2, 3], Handbook.Items.Select(i => i.Number));
        Assert.Equal([4, 4, 8], Handbook.Items.Select(i => Handbook.IssuesOf(i).Count()));
        Assert.Equal([4, 4, 8], Handbook.Items.Select(i => Handbook.MeasuresOf(i).Count()));
        Assert.Equal(["内", "文", "厚", "経"], Handbook.Ministries.Select(m => m.Code));
        Assert.Equal("3-8", Handbook.NumberOf(Handbook.Issues[^1]));
    }

    [Fact]
    public void Every_source_sentence_is_in_the_records_Japanese_text()
    {
        var japanese = SourceText.Normalise(string.Join("\n", JapaneseTexts(Handbook)));
        var missing = SourceText.Sentences(Source)
            .Where(s => !japanese.Contains(SourceText.Normalise(s), StringComparison.Ordinal))
            .ToList();
        Assert.True(missing.Count == 0, "Source sentences missing from the records:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Ministry_brackets_match_the_actions_ministries()
    {
        var joined = SourceText.Joined(Source);
        var brackets = SourceText.Brackets(joined);
        var problems = new List<string>();
        var bracketsWithAnAction = new HashSet<int>();
        foreach (var measure in Handbook.Measures)
            foreach (var action in measure.Actions)
            {
                var text = SourceText.Normalise(action.Text.Ja);
                var at = joined.IndexOf(text, StringComparison.Ordinal);
                if (at < 0)
                {
                    problems.Add($"{measure.File}: action not found verbatim in the source: {action.Text.Ja}");
                    continue;
                }
                var next = brackets.FirstOrDefault(b => b.End >= at + text.Length);
                var codes = action.Ministries.Select(id => Handbook.Ministry(id).Code).ToList();
                if (next.Codes is null || !next.Codes.SequenceEqual(codes))
                    problems.Add($"{measure.File}: ministries ({string.Join("、", codes)}) but the source's bracket is ({string.Join("、", next.Codes ?? [])}): {action.Text.Ja}");
                if (next.Codes is not null && next.End == at + text.Length) bracketsWithAnAction.Add(next.End);
            }
        foreach (var bracket in brackets.Where(b => !bracketsWithAnAction.Contains(b.End)))
            problems.Add($"bracket ({string.Join("、", bracket.Codes)}) follows no action: …{joined[Math.Max(0, bracket.End - 30)..bracket.End]}");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Every Japanese string in the records: the ja side of each text, and verbatim citations and wordings.</summary>
    private static IEnumerable<string> JapaneseTexts(object? value) => value switch
    {
        null => [],
        Bilingual b => [b.Ja],
        string s => [s],
        IEnumerable list => list.Cast<object?>().SelectMany(JapaneseTexts),
        RoadmapSite.Content.Model.Record or MeasureAction or Mentions or SourceDocument or ActionStatus or TermForms =>
            value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0).SelectMany(p => JapaneseTexts(p.GetValue(value))),
        Handbook h => new object[] { h.Site, h.Sources, h.Vision, h.Overviews, h.Items, h.Issues, h.Measures, h.Ministries, h.Programmes, h.Institutions, h.Terms, h.Events }.SelectMany(JapaneseTexts),
        _ => [],
    };
}
