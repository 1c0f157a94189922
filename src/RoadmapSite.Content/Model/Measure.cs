namespace RoadmapSite.Content.Model;

/// <summary>
/// 対応案: the response to one issue, as a list of actions. Ministries belong to actions, not to
/// the measure, because the source attributes different sentences to different ministries.
/// </summary>
public sealed record Measure : Record
{
    public required string Issue { get; init; }
    public required Bilingual Summary { get; init; }
    public required IReadOnlyList<MeasureAction> Actions
    {
        get => _actions;
        init
        {
            _actions = value;
            // Every list of measures shows each one's ministries: work them out once, not per page.
            Ministries = value.SelectMany(a => a.Ministries).Distinct().ToList();
        }
    }
    private readonly IReadOnlyList<MeasureAction> _actions = [];
    /// <summary>Footnotes the slide prints under the measure (※...).</summary>
    public IReadOnlyList<Bilingual> Notes { get; init; } = [];
    public Mentions Mentions { get; init; } = Mentions.None;

    /// <summary>The ministries of all actions, in first-mention order.</summary>
    public IReadOnlyList<string> Ministries { get; private init; } = [];
}

/// <summary>One sentence or paragraph of a measure, with the ministries the source's bracket gives it.</summary>
public sealed record MeasureAction
{
    public required Bilingual Text { get; init; }
    public required IReadOnlyList<string> Ministries { get; init; }
    public ActionStatus? Status { get; init; }
}

public enum ActionState { Done, Ongoing, Planned }

/// <summary>Progress stated by the source itself; <see cref="Evidence"/> is the source's own phrase.</summary>
public sealed record ActionStatus(ActionState State, string Evidence);
