namespace RoadmapSite.Content.Checking;

public enum Severity { Error, Warning }

/// <summary>
/// One problem found in <c>input/</c>, addressed to an editor: where it is and what to do.
/// <see cref="File"/> is repo-relative; line and column are 1-based (0 when not known).
/// </summary>
public sealed record Diagnostic(string File, int Line, int Column, Severity Severity, string Message)
{
    public static Diagnostic Error(string file, int line, int column, string message) => new(file, line, column, Severity.Error, message);
    public static Diagnostic Warning(string file, int line, int column, string message) => new(file, line, column, Severity.Warning, message);

    private string Level => Severity == Severity.Error ? "error" : "warning";

    /// <summary><c>input/measures/x.yml:12:5: error: unknown field 'ministy' (did you mean 'ministries'?)</c></summary>
    public override string ToString() => $"{File}:{Math.Max(Line, 1)}:{Math.Max(Column, 1)}: {Level}: {Message}";

    /// <summary>A GitHub Actions workflow command, shown inline on the pull request.</summary>
    public string ToGitHubAnnotation() =>
        $"::{Level} file={File},line={Math.Max(Line, 1)},col={Math.Max(Column, 1)}::{Escape(Message)}";

    private static string Escape(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
}
