namespace CorpusGenerator.Model;

/// <summary>Progress the text itself states; <see cref="Evidence"/> is a substring of the action's Japanese.</summary>
public sealed record StatusRecord(string State, string Evidence);
