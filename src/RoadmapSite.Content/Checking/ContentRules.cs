namespace RoadmapSite.Content.Checking;

/// <summary>The rules every load runs, in the order their messages are most useful.</summary>
public static class ContentRules
{
    public static readonly IReadOnlyList<IContentRule> All =
    [
        new FormerIdsRule(),
        new PlaceholderTextRule(),
    ];
}
