using Newtonsoft.Json.Linq;

namespace RoadmapSite.Content.Checking;

/// <summary>
/// The <c>new</c> command fills every text with "TODO ..."; none of them may reach the public, so
/// each one left is an error at its line until an editor writes the real text.
/// </summary>
public sealed class PlaceholderTextRule : IContentRule
{
    public const string Marker = "TODO";

    public void Check(CheckContext context, ICollection<Diagnostic> diagnostics)
    {
        foreach (var loaded in context.Records)
            foreach (var (path, token) in loaded.Map.Values.OrderBy(v => v.Key, StringComparer.Ordinal))
                if (token.Type == JTokenType.String && token.Value<string>()!.Contains(Marker, StringComparison.Ordinal))
                    diagnostics.Add(context.Error(loaded.Record, path,
                        $"'{path}' still has the placeholder text from the new command; replace \"{token.Value<string>()}\" with the real text"));
    }
}
