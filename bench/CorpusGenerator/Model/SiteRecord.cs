namespace CorpusGenerator.Model;

/// <summary>site.yml: the handbook's titles, publisher, licence and source document.</summary>
public sealed record SiteRecord(
    BilingualText Title,
    BilingualText Description,
    BilingualText Publisher,
    string BaseUrl,
    BilingualText Licence,
    string LicenceUrl,
    BilingualText SourceTitle,
    string AsOf,
    BilingualText AsOfBasis,
    string Copy);
