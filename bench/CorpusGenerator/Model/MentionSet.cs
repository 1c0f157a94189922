namespace CorpusGenerator.Model;

/// <summary>Ids a text names, by record kind, in first-mention order.</summary>
public sealed record MentionSet(
    IReadOnlyList<string> Programmes,
    IReadOnlyList<string> Institutions,
    IReadOnlyList<string> Terms,
    IReadOnlyList<string> Events)
{
    public static readonly MentionSet None = new([], [], [], []);

    public bool IsEmpty => Programmes.Count + Institutions.Count + Terms.Count + Events.Count == 0;
}
