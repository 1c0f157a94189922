namespace RoadmapSite.Content.Model;

/// <summary>
/// All records of <c>input/</c>, checked and cross-indexed. Immutable: pipelines read it, never
/// change it. Collections are in display order.
/// </summary>
public sealed partial class Handbook
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
    // the glossary asks for every term's measures, and at 10,000 measures one scan per term took a
    // second. The live preview works them out again for each edit, so the pass is a plain loop.
    private Dictionary<string, IReadOnlyList<Measure>>? _byProgramme, _byInstitution, _byTerm, _byEvent, _byMinistry, _byItem;

    /// <summary>Back-links: the measures whose mentions name this record, in display order.</summary>
    public IReadOnlyList<Measure> MeasuresMentioning(Programme p) => Named(_byProgramme ??= By(m => m.Mentions.Programmes), p.Id);
    public IReadOnlyList<Measure> MeasuresMentioning(Institution i) => Named(_byInstitution ??= By(m => m.Mentions.Institutions), i.Id);
    public IReadOnlyList<Measure> MeasuresMentioning(Term t) => Named(_byTerm ??= By(m => m.Mentions.Terms), t.Id);
    public IReadOnlyList<Measure> MeasuresMentioning(TimelineEvent e) => Named(_byEvent ??= By(m => m.Mentions.Events), e.Id);
    public IReadOnlyList<Measure> MeasuresOf(Ministry ministry) => Named(_byMinistry ??= By(m => m.Ministries), ministry.Id);

    public IEnumerable<Issue> IssuesOf(Item item) => Issues.Where(i => i.Item == item.Id);
    public IReadOnlyList<Measure> MeasuresOf(Item item) => Named(_byItem ??= By(m => [ItemOf(m).Id]), item.Id);

    private static IReadOnlyList<Measure> Named(Dictionary<string, IReadOnlyList<Measure>> by, string id) => by.GetValueOrDefault(id) ?? [];

    /// <summary>Measures by each id they name, each measure once per id, in display order.</summary>
    private Dictionary<string, IReadOnlyList<Measure>> By(Func<Measure, IReadOnlyList<string>> ids)
    {
        var by = new Dictionary<string, List<Measure>>(StringComparer.Ordinal);
        foreach (var measure in Measures)
        {
            var named = ids(measure);
            for (var i = 0; i < named.Count; i++)
            {
                // A measure names few ids; an id named twice lists the measure once.
                if (FirstIndex(named, named[i]) < i) continue;
                if (!by.TryGetValue(named[i], out var list)) by[named[i]] = list = [];
                list.Add(measure);
            }
        }
        return by.ToDictionary(x => x.Key, x => (IReadOnlyList<Measure>)x.Value.AsReadOnly(), StringComparer.Ordinal);
    }

    private static int FirstIndex(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
            if (ids[i] == id) return i;
        return -1;
    }

    /// <summary>Display number as the source prints it: <c>1-1</c> … <c>3-8</c>.</summary>
    public string NumberOf(Issue issue) => $"{ItemOf(issue).Number}-{issue.Number}";
    public string NumberOf(Measure measure) => NumberOf(IssueOf(measure));
}
