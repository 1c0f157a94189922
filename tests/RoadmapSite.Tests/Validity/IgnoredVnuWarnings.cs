namespace RoadmapSite.Tests.Validity;

/// <summary>
/// Nu HTML Checker warnings the site accepts, each with the reason. Every other warning fails the
/// build like an error does; add an entry only with a reason a reviewer can agree with.
/// </summary>
public static class IgnoredVnuWarnings
{
    private static readonly IReadOnlyList<(string MessageStart, string Why)> Entries =
    // None yet: the generated pages raise no warnings. An entry reads
    // ("the message's opening words", "why this warning is right to accept for this site").
    [];

    public static bool Ignores(VnuMessage message) =>
        message.IsWarning && Entries.Any(entry => message.Message.StartsWith(entry.MessageStart, StringComparison.Ordinal));
}
