namespace CorpusGenerator.Model;

/// <summary>A work the vision cites: an article (journal) or a talk (event).</summary>
public sealed record SourceRecord(
    string Id,
    BilingualText Author,
    BilingualText? Title,
    BilingualText? Journal,
    string? Volume,
    string? Number,
    int? Year,
    BilingualText? Event,
    BilingualText? Venue,
    string? Date,
    string Verbatim);
