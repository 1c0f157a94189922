namespace RoadmapSite.Content.Model;

/// <summary>A text in both languages; <c>{ ja: ..., en: ... }</c> in YAML.</summary>
public sealed record Bilingual(string Ja, string En)
{
    public string this[Language language] => language == Language.Ja ? Ja : En;
}
