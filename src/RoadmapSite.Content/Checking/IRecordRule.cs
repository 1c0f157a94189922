using RoadmapSite.Content.Loading;

namespace RoadmapSite.Content.Checking;

/// <summary>
/// One check of a record on its own (its texts, its evidence, its references to itself), needing
/// no other record. The loader runs these as it reads each file, so what they find is cached with
/// the file and the live preview checks again only the files an edit touched.
/// <see cref="ContentRules.OfEachRecord"/> lists them.
/// </summary>
public interface IRecordRule
{
    void Check(LoadedRecord record, ICollection<Diagnostic> diagnostics);
}
