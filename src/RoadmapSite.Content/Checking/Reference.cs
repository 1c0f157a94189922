using RoadmapSite.Content.Loading;
using RoadmapSite.Content.Model;

namespace RoadmapSite.Content.Checking;

/// <summary>One id a record uses to point at another record, and where the id is written.</summary>
public sealed record Reference(string Path, RecordType Target, string Id)
{
    /// <summary>Every reference a record makes, by its field; the one list both reference rules read.</summary>
    public static IEnumerable<Reference> From(Record record)
    {
        switch (record)
        {
            case Issue issue:
                yield return new("item", RecordType.Item, issue.Item);
                foreach (var r in FromMentions(issue.Mentions)) yield return r;
                break;
            case Measure measure:
                yield return new("issue", RecordType.Issue, measure.Issue);
                for (var a = 0; a < measure.Actions.Count; a++)
                    foreach (var r in List($"actions[{a}].ministries", RecordType.Ministry, measure.Actions[a].Ministries)) yield return r;
                foreach (var r in FromMentions(measure.Mentions)) yield return r;
                break;
            case Item item:
                foreach (var r in FromMentions(item.Mentions)) yield return r;
                break;
            case Overview overview:
                foreach (var r in FromMentions(overview.Mentions)) yield return r;
                break;
            case VisionHorizon vision:
                foreach (var r in List("sources", RecordType.Source, vision.Sources)) yield return r;
                foreach (var r in List("events", RecordType.Event, vision.Events)) yield return r;
                break;
            case Programme programme:
                foreach (var r in List("ministries", RecordType.Ministry, programme.Ministries)) yield return r;
                foreach (var r in List("events", RecordType.Event, programme.Events)) yield return r;
                break;
        }
    }

    private static IEnumerable<Reference> FromMentions(Mentions mentions) =>
        List("mentions.programmes", RecordType.Programme, mentions.Programmes)
            .Concat(List("mentions.institutions", RecordType.Institution, mentions.Institutions))
            .Concat(List("mentions.terms", RecordType.Term, mentions.Terms))
            .Concat(List("mentions.events", RecordType.Event, mentions.Events));

    private static IEnumerable<Reference> List(string path, RecordType target, IReadOnlyList<string> ids) =>
        ids.Select((id, i) => new Reference($"{path}[{i}]", target, id));
}
