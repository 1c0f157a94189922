namespace RoadmapSite.Content.Loading;

/// <summary>
/// One kind of record: its name (also its schema, <c>schemas/&lt;name&gt;.schema.json</c>) and the
/// folder its files live in. <see cref="RecordReader"/> makes each into its model type.
/// </summary>
public sealed record RecordType(string Name, string Folder)
{
    public static readonly RecordType Site = new("site", "");
    public static readonly RecordType Source = new("source", "sources");
    public static readonly RecordType Vision = new("vision", "vision");
    public static readonly RecordType Overview = new("overview", "overview");
    public static readonly RecordType Item = new("item", "items");
    public static readonly RecordType Issue = new("issue", "issues");
    public static readonly RecordType Measure = new("measure", "measures");
    public static readonly RecordType Ministry = new("ministry", "ministries");
    public static readonly RecordType Programme = new("programme", "programmes");
    public static readonly RecordType Institution = new("institution", "institutions");
    public static readonly RecordType Term = new("term", "terms");
    public static readonly RecordType Event = new("event", "events");

    public static readonly IReadOnlyList<RecordType> All =
        [Site, Source, Vision, Overview, Item, Issue, Measure, Ministry, Programme, Institution, Term, Event];

    /// <summary>The one record that is a file at the top of input/ rather than a folder of files.</summary>
    public const string SiteFile = "site.yml";

    public string SchemaFile => $"{Name}.schema.json";
}
