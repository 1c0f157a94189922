namespace RoadmapSite.Content.Model;

/// <summary>
/// All records of <c>input/</c>, checked and cross-indexed. Immutable: pipelines read it, never
/// change it. Collections are in display order.
/// </summary>
public sealed class Handbook
{
    public required Site Site { get; init; }
    public required IReadOnlyList<Source> Sources { get; init; }
    public required IReadOnlyList<VisionHorizon> Vision { get; init; }
    public required IReadOnlyList<Overview> Overviews { get; init; }
    public required IReadOnlyList<Item> Items { get; init; }
    public required IReadOnlyList<Issue> Issues { get; init; }
    public required IReadOnlyList<Measure> Measures { get; init; }
    public required IReadOnlyList<Ministry> Ministries { get; init; }
    public required IReadOnlyList<Programme> Programmes { get; init; }
    public required IReadOnlyList<Institution> Institutions { get; init; }
    public required IReadOnlyList<Term> Terms { get; init; }
    public required IReadOnlyList<TimelineEvent> Events { get; init; }

    /// <summary>Every record, the site's settings first.</summary>
    public IEnumerable<Record> Records =>
        [Site, .. Sources, .. Vision, .. Overviews, .. Items, .. Issues, .. Measures, .. Ministries, .. Programmes, .. Institutions, .. Terms, .. Events];

    /// <summary>When each record last changed; <see cref="ChangeHistory.None"/> outside a git checkout.</summary>
    public ChangeHistory History { get; private set; } = ChangeHistory.None;

    /// <summary>Where to link each commit; null when the repository is unknown or not on a host we can link.</summary>
    public Publishing.RepositoryLinks? Repository { get; private set; }

    /// <summary>
    /// The same handbook, dated by <paramref name="history"/> and linking commits into
    /// <paramref name="repository"/>; both come from git and the build's environment, not from input/.
    /// </summary>
    public Handbook WithHistory(ChangeHistory history, Publishing.RepositoryLinks? repository = null)
    {
        var dated = (Handbook)MemberwiseClone();
        dated.History = history;
        dated.Repository = repository;
        return dated;
    }

    private Dictionary<string, Item>? _items;
    private Dictionary<string, Issue>? _issues;
    private Dictionary<string, Measure>? _measureByIssue;
    private Dictionary<string, Ministry>? _ministries;

    public Item ItemOf(Issue issue) => (_items ??= Items.ToDictionary(i => i.Id))[issue.Item];
    public Issue IssueOf(Measure measure) => (_issues ??= Issues.ToDictionary(i => i.Id))[measure.Issue];
    public Item ItemOf(Measure measure) => ItemOf(IssueOf(measure));
    public Measure? MeasureFor(Issue issue) =>
        (_measureByIssue ??= Measures.ToDictionary(m => m.Issue)).GetValueOrDefault(issue.Id);
    public Ministry Ministry(string id) => (_ministries ??= Ministries.ToDictionary(m => m.Id))[id];
    public Programme Programme(string id) => Programmes.First(p => p.Id == id);
    public Institution Institution(string id) => Institutions.First(i => i.Id == id);
    public Term Term(string id) => Terms.First(t => t.Id == id);
    public TimelineEvent Event(string id) => Events.First(e => e.Id == id);

    // Back-links, each worked out in one pass over the measures the first time it is asked for:
    // the glossary asks for every term's measures, and at 10,000 measures one scan per term took a second.
    private ILookup<string, Measure>? _byProgramme, _byInstitution, _byTerm, _byEvent, _byMinistry, _byItem;

    /// <summary>Back-links: the measures whose mentions name this record, in display order.</summary>
    public IReadOnlyList<Measure> MeasuresMentioning(Programme p) => (_byProgramme ??= By(m => m.Mentions.Programmes))[p.Id].ToList();
    public IReadOnlyList<Measure> MeasuresMentioning(Institution i) => (_byInstitution ??= By(m => m.Mentions.Institutions))[i.Id].ToList();
    public IReadOnlyList<Measure> MeasuresMentioning(Term t) => (_byTerm ??= By(m => m.Mentions.Terms))[t.Id].ToList();
    public IReadOnlyList<Measure> MeasuresMentioning(TimelineEvent e) => (_byEvent ??= By(m => m.Mentions.Events))[e.Id].ToList();
    public IReadOnlyList<Measure> MeasuresOf(Ministry ministry) => (_byMinistry ??= By(m => m.Ministries))[ministry.Id].ToList();

    public IEnumerable<Issue> IssuesOf(Item item) => Issues.Where(i => i.Item == item.Id);
    public IEnumerable<Measure> MeasuresOf(Item item) => (_byItem ??= By(m => [ItemOf(m).Id]))[item.Id];

    /// <summary>Measures by each id they name, each measure once per id, in display order.</summary>
    private ILookup<string, Measure> By(Func<Measure, IEnumerable<string>> ids) =>
        Measures.SelectMany(m => ids(m).Distinct().Select(id => (Id: id, Measure: m))).ToLookup(x => x.Id, x => x.Measure, StringComparer.Ordinal);

    /// <summary>Display number as the source prints it: <c>1-1</c> … <c>3-8</c>.</summary>
    public string NumberOf(Issue issue) => $"{ItemOf(issue).Number}-{issue.Number}";
    public string NumberOf(Measure measure) => NumberOf(IssueOf(measure));
}
