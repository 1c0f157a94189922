using System.Text.Json;
using RoadmapSite.Building;
using RoadmapSite.Content.Model;
using RoadmapSite.Content.Publishing;
using RoadmapSite.Theme.Layout;
using RoadmapSite.Theme.Text;

namespace RoadmapSite.Pipelines;

/// <summary>
/// Search index: per language, every measure, issue, programme, institution and term as plain
/// text (<c>/ja/search/index.json</c>). The theme's search script matches queries against it in
/// the browser: Japanese by substring, so a word inside a longer run of kanji and kana is found
/// without a segmenter; English by stemmed word prefix. Written by the build itself rather than
/// an external indexer, so it costs milliseconds and is part of the atomic, byte-stable output.
/// </summary>
public sealed class SearchIndexPipeline : IPipeline
{
    public string Name => "Search";

    public ParallelQuery<OutputFile> Run(Handbook handbook, ThemeAssets assets) =>
        LanguageCodes.All.AsParallel().Select(language => OutputFile.Written(
            Permalinks.SearchIndex(language)[1..], stream => JsonSerializer.Serialize(stream, new SearchIndex(Entries(handbook, language)), SearchIndexJson.Readable.SearchIndex)));

    private static IEnumerable<SearchEntry> Entries(Handbook h, Language l)
    {
        string T(Bilingual b) => b[l];
        string Kind(Bilingual label) => T(label);
        foreach (var m in h.Measures)
            yield return new("measure", Kind(Labels.Measure), h.NumberOf(m), T(m.Summary), Permalinks.Of(l, m),
                string.Join(l == Language.Ja ? "" : " ", m.Actions.Select(a => T(a.Text)).Concat(m.Notes.Select(T))));
        foreach (var i in h.Issues)
            yield return new("issue", Kind(Labels.Issue), h.NumberOf(i), T(i.Summary), Permalinks.Of(l, i), T(i.Text));
        foreach (var t in h.Terms)
            yield return new("term", Kind(Labels.Term), null,
                t.Expansion is { } x ? $"{T(t.Name)} ({T(x)})" : T(t.Name), Permalinks.Of(l, t),
                string.Join(" ", new[] { T(t.Definition) }.Concat(l == Language.Ja ? t.Forms.Ja : t.Forms.En)));
        foreach (var p in h.Programmes)
            yield return new("programme", Kind(Labels.Of(p.Kind)), null, T(p.Name), Permalinks.Of(l, p), T(p.Description));
        foreach (var i in h.Institutions)
            yield return new("institution", Kind(Labels.Institution), null,
                i.ShortName is { } s && s[l] != T(i.Name) ? $"{T(i.Name)} ({T(s)})" : T(i.Name), Permalinks.Of(l, i), T(i.Description));
    }
}
