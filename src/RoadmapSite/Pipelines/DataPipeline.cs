using System.Text;
using System.Text.Json;
using RoadmapSite.Building;
using RoadmapSite.Content.Model;
using RoadmapSite.Content.Publishing;
using RoadmapSite.Theme.Layout;

namespace RoadmapSite.Pipelines;

/// <summary>Data: every measure as JSON and as CSV, for researchers and spreadsheets.</summary>
public sealed class DataPipeline : IPipeline
{
    public string Name => "Data";

    public ParallelQuery<OutputFile> Run(Handbook handbook, ThemeAssets assets) => Files(handbook, assets).AsParallel();

    private static IEnumerable<OutputFile> Files(Handbook handbook, ThemeAssets assets)
    {
        yield return OutputFile.Written("data/measures.json", stream => Json(handbook, stream));
        yield return OutputFile.Written("data/measures.csv", stream => Csv(handbook, stream));
    }

    private static void Json(Handbook handbook, Stream output)
    {
        var measures = handbook.Measures.Select(m => new MeasureEntry(
            m.Id,
            handbook.NumberOf(m),
            handbook.ItemOf(m).Id,
            new IssueEntry(m.Issue, Pair(handbook.IssueOf(m).Text)),
            Pair(m.Summary),
            m.Actions.Select(a => new ActionEntry(
                Pair(a.Text),
                a.Ministries,
                a.Status is { } s ? new StatusEntry(s.State.ToString().ToLowerInvariant(), s.Evidence) : null)),
            m.Ministries,
            m.Mentions,
            new LanguageLinks(
                Permalinks.Absolute(handbook.Site, Permalinks.Of(Language.Ja, m)),
                Permalinks.Absolute(handbook.Site, Permalinks.Of(Language.En, m)))));
        var title = handbook.Site.SourceDocument.Title;
        JsonSerializer.Serialize(output, new MeasuresFile(new SourceTitle(title.Ja, title.En, title.EnFrom, title.TranslationOutdated), measures),
            MeasuresJson.Readable.MeasuresFile);
    }

    private static TextPair Pair(Bilingual text) => new(text.Ja, text.En);

    /// <summary>RFC 4180, UTF-8 with a BOM so spreadsheet programs show the Japanese.</summary>
    private static void Csv(Handbook handbook, Stream output)
    {
        using var csv = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        void Row(params string[] cells) => csv.Write(string.Join(',', cells.Select(Quote)) + "\r\n");
        Row("id", "number", "item", "issue_ja", "issue_en", "summary_ja", "summary_en", "text_ja", "text_en", "ministries", "permalink_ja", "permalink_en");
        foreach (var m in handbook.Measures)
        {
            var issue = handbook.IssueOf(m);
            // A pending translation is an empty cell; the actions' English is all of it or, while any is pending, none.
            Row(m.Id, handbook.NumberOf(m), handbook.ItemOf(m).Id, issue.Text.Ja, issue.Text.En ?? "", m.Summary.Ja, m.Summary.En ?? "",
                string.Join("", m.Actions.Select(a => a.Text.Ja)),
                m.Actions.Any(a => a.Text.EnglishPending) ? "" : string.Join(" ", m.Actions.Select(a => a.Text.En)),
                string.Join(";", m.Ministries),
                Permalinks.Absolute(handbook.Site, Permalinks.Of(Language.Ja, m)), Permalinks.Absolute(handbook.Site, Permalinks.Of(Language.En, m)));
        }
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"")}\"" : cell;
}
