using CorpusGenerator.Model;

namespace CorpusGenerator.Building;

/// <summary>
/// The content rules the generator must never break (the project's own <c>check</c> is the real
/// judge; this catches a bad vocabulary entry at generation time, naming the record).
/// </summary>
public static class CorpusSelfCheck
{
    public static IReadOnlyList<string> Problems(SyntheticCorpus corpus)
    {
        var problems = new List<string>();
        void Text(string where, BilingualText text)
        {
            if (string.IsNullOrWhiteSpace(text.Ja) || string.IsNullOrWhiteSpace(text.En)) problems.Add($"{where}: empty text");
            if (text.En.Any(IsJapanese)) problems.Add($"{where}: Japanese in English text: {text.En}");
        }
        void Summary(string where, BilingualText summary)
        {
            Text(where, summary);
            if (summary.Ja.Length > 120) problems.Add($"{where}: Japanese summary over 120 characters");
            if (summary.En.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 25) problems.Add($"{where}: English summary over 25 words");
        }
        foreach (var i in corpus.Items) { Text(i.Id, i.Title); Text(i.Id, i.MajorIssue); Summary(i.Id, i.Summary); }
        foreach (var i in corpus.Issues) { Text(i.Id, i.Text); Summary(i.Id, i.Summary); }
        foreach (var m in corpus.Measures)
        {
            Summary(m.Id, m.Summary);
            foreach (var a in m.Actions)
            {
                Text(m.Id, a.Text);
                if (a.Status is { } s && !a.Text.Ja.Contains(s.Evidence, StringComparison.Ordinal))
                    problems.Add($"{m.Id}: evidence '{s.Evidence}' not in the action's Japanese");
            }
            foreach (var n in m.Notes) Text(m.Id, n);
        }
        foreach (var p in corpus.Programmes) { Text(p.Id, p.Name); Text(p.Id, p.Description); }
        foreach (var i in corpus.Institutions) { Text(i.Id, i.Name); Text(i.Id, i.Description); }
        foreach (var t in corpus.Terms) { Text(t.Id, t.Name); Text(t.Id, t.Definition); }
        foreach (var e in corpus.Events) { Text(e.Id, e.Title); Text(e.Id, e.Description); }
        var ids = new HashSet<string>();
        foreach (var id in AllIds(corpus))
        {
            if (!IsSlug(id)) problems.Add($"{id}: not a slug");
            if (!ids.Add(id)) problems.Add($"{id}: duplicate id");
        }
        return problems;
    }

    private static IEnumerable<string> AllIds(SyntheticCorpus c) =>
        c.Sources.Select(x => x.Id).Concat(c.Vision.Select(x => x.Id)).Concat(c.Overviews.Select(x => x.Id))
            .Concat(c.Items.Select(x => x.Id)).Concat(c.Issues.Select(x => x.Id)).Concat(c.Measures.Select(x => x.Id))
            .Concat(c.Ministries.Select(x => x.Id)).Concat(c.Programmes.Select(x => x.Id)).Concat(c.Institutions.Select(x => x.Id))
            .Concat(c.Terms.Select(x => x.Id)).Concat(c.Events.Select(x => x.Id));

    /// <summary>Kana, CJK ideographs, CJK punctuation and full-width forms.</summary>
    public static bool IsJapanese(char c) =>
        c is >= '\u3000' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uFF00' and <= '\uFFEF';

    public static bool IsSlug(string id) =>
        id.Length > 0 && id[0] != '-' && id[^1] != '-' && !id.Contains("--", StringComparison.Ordinal)
        && id.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');
}
