namespace CorpusGenerator.Writing;

/// <summary>
/// The JSON Schema file of each record kind under input/schemas/, as the first line of every
/// YAML file names it. Kept in step with the project's input/schemas/ folder.
/// </summary>
public static class SchemaNames
{
    public const string Site = "site.schema.json";
    public const string Source = "source.schema.json";
    public const string Vision = "vision.schema.json";
    public const string Overview = "overview.schema.json";
    public const string Item = "item.schema.json";
    public const string Issue = "issue.schema.json";
    public const string Measure = "measure.schema.json";
    public const string Ministry = "ministry.schema.json";
    public const string Programme = "programme.schema.json";
    public const string Institution = "institution.schema.json";
    public const string Term = "term.schema.json";
    public const string Event = "event.schema.json";
}
