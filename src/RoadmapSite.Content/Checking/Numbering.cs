using RoadmapSite.Content.Loading;
using RoadmapSite.Content.Model;

namespace RoadmapSite.Content.Checking;

/// <summary>
/// Display numbers are what readers cite (1-1 … 3-8): items are numbered 1, 2, 3 … and the issues
/// within each item 1, 2, 3 …, with no number used twice and none skipped.
/// </summary>
public sealed class Numbering : IContentRule
{
    public void Check(CheckContext context, ICollection<Diagnostic> diagnostics)
    {
        Check(context, diagnostics, context.All<Item>().ToList(), i => i.Number, "item", "items");
        foreach (var issues in context.All<Issue>().GroupBy(i => i.Item).OrderBy(g => g.Key, StringComparer.Ordinal))
            Check(context, diagnostics, issues.ToList(), i => i.Number, "issue", $"the issues of item '{issues.Key}'");
    }

    private static void Check<T>(CheckContext context, ICollection<Diagnostic> diagnostics, List<T> records, Func<T, int> number, string kind, string scope)
        where T : Record
    {
        var byNumber = records.GroupBy(number).ToDictionary(g => g.Key, g => g.OrderBy(r => r.File, StringComparer.Ordinal).ToList());
        foreach (var (n, same) in byNumber.OrderBy(p => p.Key))
            foreach (var duplicate in same.Skip(1))
                diagnostics.Add(context.Error(duplicate, "number",
                    $"number {n} is already used by {same[0].File}; each {kind} in {scope} needs its own number"));

        // A gap may be an unreadable file's number; that file's own error says what to fix.
        if (!context.AllLoaded(kind == "item" ? RecordType.Item : RecordType.Issue)) return;
        var max = byNumber.Keys.DefaultIfEmpty(0).Max();
        var missing = Enumerable.Range(1, max).Where(n => !byNumber.ContainsKey(n)).ToList();
        if (missing.Count == 0) return;
        // Point at the first record after the gap: that is where the numbering goes wrong.
        var after = byNumber.Where(p => p.Key > missing[0]).OrderBy(p => p.Key).First().Value[0];
        diagnostics.Add(context.Error(after, "number",
            $"{scope} skip number{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}; number them 1, 2, 3 … without gaps"));
    }
}
