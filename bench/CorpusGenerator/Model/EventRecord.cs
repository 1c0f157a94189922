namespace CorpusGenerator.Model;

/// <summary>A dated event or span. <see cref="EnglishWording"/> is how English texts refer to its date.</summary>
public sealed record EventRecord(string Id, BilingualText Title, BilingualText Description, string Start, string? End, string SourceWording, string EnglishWording);
