using RoadmapSite.Content.Loading;

namespace RoadmapSite.Content.Checking;

/// <summary>
/// One line of the translators' to-do list <c>check</c> ends with: a record with English still
/// pending, where its first such text is, and which texts wait.
/// </summary>
/// <param name="Texts">Paths of the pending texts, such as <c>summary</c> and <c>actions[0].text</c>.</param>
public sealed record UntranslatedRecord(string File, int Line, int Column, string Kind, string Id, IReadOnlyList<string> Texts)
{
    /// <summary>Every record with a pending text, in file order.</summary>
    public static IReadOnlyList<UntranslatedRecord> In(IEnumerable<LoadedRecord> records) =>
        records
            .Select(r => (Record: r, Texts: PendingTranslations.Pending(r.Map).Select(JsonPath.Parent).ToList()))
            .Where(x => x.Texts.Count > 0)
            .Select(x =>
            {
                var at = x.Record.Map.Value(JsonPath.Property(x.Texts[0], "en"));
                return new UntranslatedRecord(x.Record.File, at.Line, at.Column, x.Record.Type.Name, x.Record.Record.Id, x.Texts);
            })
            .OrderBy(u => u.File, StringComparer.Ordinal)
            .ToList();

    /// <summary><c>input/measures/x.yml:7:9  measure x: 2 texts (summary, actions[0].text)</c></summary>
    public override string ToString() =>
        $"{File}:{Math.Max(Line, 1)}:{Math.Max(Column, 1)}  {Kind} {Id}: {Texts.Count} text{(Texts.Count == 1 ? "" : "s")} ({string.Join(", ", Texts)})";
}
