using RoadmapSite.Content.Loading;
using RoadmapSite.Content.Model;

namespace RoadmapSite.Content.Checking;

/// <summary>In the roadmap every issue (小論点) is answered by exactly one measure (対応案).</summary>
public sealed class IssuesHaveMeasures : IContentRule
{
    public void Check(CheckContext context, ICollection<Diagnostic> diagnostics)
    {
        var measuresByIssue = context.All<Measure>().GroupBy(m => m.Issue)
            .ToDictionary(g => g.Key, g => g.OrderBy(m => m.File, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        // An unreadable measure file may be the answer; its own error comes first.
        if (context.AllLoaded(RecordType.Measure))
            foreach (var issue in context.All<Issue>())
                if (!measuresByIssue.ContainsKey(issue.Id))
                    diagnostics.Add(context.Error(issue, "id",
                        $"no measure answers the issue '{issue.Id}'; add a file in input/measures/ with 'issue: {issue.Id}'"));
        foreach (var measures in measuresByIssue.Values)
            foreach (var extra in measures.Skip(1))
                diagnostics.Add(context.Error(extra, "issue",
                    $"the issue '{extra.Issue}' is already answered by {measures[0].File}; an issue has one measure, so merge the actions into that file"));
    }
}
