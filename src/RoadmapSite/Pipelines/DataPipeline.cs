using System.Text;
using System.Text.Encodings.Web;
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
        var measures = handbook.Measures.Select(m => new
        {
            id = m.Id,
            number = handbook.NumberOf(m),
            item = handbook.ItemOf(m).Id,
            issue = new { id = m.Issue, text = Pair(handbook.IssueOf(m).Text) },
            summary = Pair(m.Summary),
            actions = m.Actions.Select(a => new
            {
                text = Pair(a.Text),
                ministries = a.Ministries,
                status = a.Status is { } s ? new { state = s.State.ToString().ToLowerInvariant(), evidence = s.Evidence } : null,
            }),
            ministries = m.Ministries,
            mentions = m.Mentions,
            permalinks = new
            {
                ja = Permalinks.Absolute(handbook.Site, Permalinks.Of(Language.Ja, m)),
                en = Permalinks.Absolute(handbook.Site, Permalinks.Of(Language.En, m)),
            },
        });
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            // JSON is data, never inlined into HTML, so Japanese can stay readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        };
        JsonSerializer.Serialize(output, new { source = Source(handbook.Site.SourceDocument.Title), measures }, options);
    }

    /// <summary>The source's title in the shape the file has always had, so consumers see no change.</summary>
    private static object Source(Bilingual title) => new { ja = title.Ja, en = title.En, en_from = title.EnFrom, translation_outdated = title.TranslationOutdated };

    /// <summary>A pending translation is <c>en: null</c>: the data says there is no English yet rather than pass the Japanese off as it.</summary>
    private static object Pair(Bilingual text) => new { ja = text.Ja, en = text.En };

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
