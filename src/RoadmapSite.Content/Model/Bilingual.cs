using System.Security.Cryptography;
using System.Text;

namespace RoadmapSite.Content.Model;

/// <summary>A text in both languages; <c>{ ja: ..., en: ..., en_from: ... }</c> in YAML.</summary>
public sealed record Bilingual(string Ja, string En)
{
    public string this[Language language] => language == Language.Ja ? Ja : En;

    /// <summary>
    /// The <see cref="Fingerprint"/> of the Japanese text the English was translated from, when
    /// the editor recorded it; lets the check notice a Japanese change the English has not followed.
    /// </summary>
    public string? EnFrom { get; init; }

    /// <summary>The Japanese has changed since the English was translated from it.</summary>
    public bool TranslationOutdated => EnFrom is not null && EnFrom != Fingerprint(Ja);

    /// <summary>The first 8 hex digits of the SHA-256 of the text: short enough to type, enough to tell versions apart.</summary>
    public static string Fingerprint(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
}
