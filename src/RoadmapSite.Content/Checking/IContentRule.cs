namespace RoadmapSite.Content.Checking;

/// <summary>
/// One check across records that a schema cannot express (unique ids, references, numbering ...).
/// Each rule is small and lives in its own file; <see cref="ContentRules.AcrossRecords"/> lists them.
/// </summary>
public interface IContentRule
{
    void Check(CheckContext context, ICollection<Diagnostic> diagnostics);
}
