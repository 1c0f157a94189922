using RoadmapSite.Content.Loading;

namespace RoadmapSite.Content.Checking;

/// <summary>
/// The <c>new</c> command fills every text with "TODO ..."; none of them may reach the public, so
/// each one left is an error at its line until an editor writes the real text.
/// </summary>
public sealed class PlaceholderTextRule : IRecordRule
{
    public const string Marker = "TODO";

    public void Check(LoadedRecord loaded, ICollection<Diagnostic> diagnostics)
    {
        foreach (var (path, token) in loaded.Map.Values.OrderBy(v => v.Key, StringComparer.Ordinal))
            if (SourceMap.Text(token) is { } text && text.Contains(Marker, StringComparison.Ordinal))
                diagnostics.Add(loaded.Error(path,
                    $"'{path}' still has the placeholder text from the new command; replace \"{text}\" with the real text"));
    }
}
