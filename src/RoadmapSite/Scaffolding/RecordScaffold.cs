namespace RoadmapSite.Scaffolding;

/// <summary>
/// The files <c>new</c> writes for each kind of record: the schema line, a fresh id, the next free
/// number, and TODO texts that <c>check</c> reports as errors until an editor writes the real ones.
/// </summary>
public static class RecordScaffold
{
    public static readonly IReadOnlyList<string> Kinds = ["measure", "issue", "item", "programme", "institution", "term", "event"];

    /// <summary>The files to write, or a message saying what the editor must give.</summary>
    public static (IReadOnlyList<NewRecord> Files, string? Problem) Plan(InputInventory inventory, string kind, string? item, string? id, string? issueId)
    {
        string? Explicit(string folder, string? wanted) =>
            wanted is not null && inventory.IsTaken(folder, wanted)
                ? $"the id '{wanted}' is already used, or was used before, by a record in {folder}/; ids are never reused, so choose another"
                : null;

        switch (kind)
        {
            case "measure" or "issue":
            {
                if (item is null)
                    return ([], $"say which item the new {kind} belongs to, e.g. --item {inventory.ItemNumbers.Keys.Order(StringComparer.Ordinal).FirstOrDefault() ?? "regenerative-cell-medicine"}");
                if (!inventory.ItemNumbers.TryGetValue(item, out var itemNumber))
                    return ([], $"there is no item '{item}'; the items are: {string.Join(", ", inventory.ItemNumbers.Keys.Order(StringComparer.Ordinal))}");
                var number = inventory.IssueNumbers.Where(i => i.Item == item).Select(i => i.Number).DefaultIfEmpty(0).Max() + 1;
                var issue = kind == "issue" ? id : issueId;
                if ((Explicit("issues", issue) ?? (kind == "measure" ? Explicit("measures", id) : null)) is { } taken) return ([], taken);
                var newIssue = issue ?? inventory.Fresh("issues", $"{item}-issue-{number}");
                var files = new List<NewRecord> { new($"issues/{newIssue}.yml", Issue(newIssue, item, itemNumber, number)) };
                if (kind == "measure")
                {
                    var newMeasure = id ?? inventory.Fresh("measures", $"{item}-measure-{number}");
                    files.Add(new($"measures/{newMeasure}.yml", Measure(newMeasure, newIssue, inventory.Ministries)));
                }
                return (files, null);
            }
            case "item":
            {
                var number = inventory.ItemNumbers.Values.DefaultIfEmpty(0).Max() + 1;
                if (Explicit("items", id) is { } taken) return ([], taken);
                var newItem = id ?? inventory.Fresh("items", $"item-{number}");
                return ([new($"items/{newItem}.yml", Item(newItem, number))], null);
            }
            default:
            {
                var folder = kind == "event" ? "events" : kind + "s";
                if (id is null) return ([], $"give the new {kind}'s id with --id, a lowercase slug such as --id {Example(kind)}");
                if (Explicit(folder, id) is { } taken) return ([], taken);
                return ([new($"{folder}/{id}.yml", Other(kind, id))], null);
            }
        }
    }

    private static string Example(string kind) => kind switch
    {
        "programme" => "regenerative-medicine-platform",
        "institution" => "riken",
        "term" => "car-t",
        _ => "notice-2025-04-01",
    };

    private static string Schema(string name) => $"# yaml-language-server: $schema=../schemas/{name}.schema.json\n";

    private const string Summary = """
        summary:
          ja: TODO 一行の要約（120字以内）
          en: TODO one-line summary (25 words at most)

        """;

    private static string Issue(string id, string item, int itemNumber, int number) => Schema("issue") + $"""
        id: {id}
        item: {item}
        number: {number}                        # shown as {itemNumber}-{number}
        text:
          ja: TODO 小論点の原文（資料のとおり）
          en: TODO full English translation of the issue

        """ + Summary;

    private static string Measure(string id, string issue, IReadOnlyList<string> ministries) => Schema("measure") + $"""
        id: {id}
        issue: {issue}

        """ + Summary + $"""
        actions:
          - text:
              ja: TODO 対応案の文（資料のとおり、府省の括弧の前まで）
              en: TODO full English translation of the sentence
            ministries: [{ministries.FirstOrDefault() ?? "mext"}]   # the bracket after this text; ids: {string.Join(", ", ministries)}

        """;

    private static string Item(string id, int number) => Schema("item") + $"""
        id: {id}
        number: {number}
        title:
          ja: TODO 項目の見出し（資料のとおり）
          en: TODO English title
        major_issue:
          ja: TODO 大論点の原文（資料のとおり）
          en: TODO full English translation of the major issue

        """ + Summary;

    private static string Other(string kind, string id) => kind switch
    {
        "programme" => Schema("programme") + $"""
            id: {id}
            kind: programme                       # programme | project | subsidy | budget | strategy
            name:
              ja: TODO 事業名（資料のとおり）
              en: TODO English name
            description:
              ja: TODO 事業の説明
              en: TODO English description

            """,
        "institution" => Schema("institution") + $"""
            id: {id}
            name:
              ja: TODO 機関の正式名称
              en: TODO official English name
            description:
              ja: TODO 機関の説明
              en: TODO English description

            """,
        "term" => Schema("term") + $"""
            id: {id}
            name:
              ja: TODO 用語
              en: TODO term
            definition:
              ja: TODO 用語の説明
              en: TODO English definition

            """,
        _ => Schema("event") + $"""
            id: {id}
            title:
              ja: TODO 出来事の名称
              en: TODO English title
            description:
              ja: TODO 出来事の説明
              en: TODO English description
            start: {DateTime.UtcNow.Year}                           # 2024-03-29, 2024-03, 2024 or FY2024
            source_wording: TODO 資料での日付の書き方（令和6年3月29日 など）

            """,
    };
}
