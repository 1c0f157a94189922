using RoadmapSite.Content.Model;

namespace RoadmapSite.Content.Loading;

/// <summary>
/// One kind of record: its name (also its schema, <c>schemas/&lt;name&gt;.schema.json</c>), the
/// folder its files live in, and the model type it becomes.
/// </summary>
public sealed record RecordType(string Name, string Folder, Type ModelType)
{
    public static readonly RecordType Site = new("site", "", typeof(Site));
    public static readonly RecordType Source = new("source", "sources", typeof(Source));
    public static readonly RecordType Vision = new("vision", "vision", typeof(VisionHorizon));
    public static readonly RecordType Overview = new("overview", "overview", typeof(Overview));
    public static readonly RecordType Item = new("item", "items", typeof(Item));
    public static readonly RecordType Issue = new("issue", "issues", typeof(Issue));
    public static readonly RecordType Measure = new("measure", "measures", typeof(Measure));
    public static readonly RecordType Ministry = new("ministry", "ministries", typeof(Ministry));
    public static readonly RecordType Programme = new("programme", "programmes", typeof(Programme));
    public static readonly RecordType Institution = new("institution", "institutions", typeof(Institution));
    public static readonly RecordType Term = new("term", "terms", typeof(Term));
    public static readonly RecordType Event = new("event", "events", typeof(TimelineEvent));

    public static readonly IReadOnlyList<RecordType> All =
        [Site, Source, Vision, Overview, Item, Issue, Measure, Ministry, Programme, Institution, Term, Event];

    /// <summary>The one record that is a file at the top of input/ rather than a folder of files.</summary>
    public const string SiteFile = "site.yml";

    public string SchemaFile => $"{Name}.schema.json";
}
