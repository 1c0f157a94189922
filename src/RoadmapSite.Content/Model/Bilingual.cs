using System.Security.Cryptography;
using System.Text;

namespace RoadmapSite.Content.Model;

/// <summary>
/// A text in both languages; <c>{ ja: ..., en: ..., en_from: ... }</c> in YAML. <see cref="En"/> is
/// null while the translation is pending (<c>en: ~</c>): the record is published at once, and
/// English pages show the Japanese until the translation is written.
/// </summary>
public sealed record Bilingual(string Ja, string? En)
{
    /// <summary>The text a page in <paramref name="language"/> shows: the Japanese where the English is pending.</summary>
    public string this[Language language] => In(language) == Language.Ja ? Ja : En!;

    /// <summary>The editor marked the English as not yet written (<c>en: ~</c>).</summary>
    public bool EnglishPending => En is null;

    /// <summary>
    /// The language the text a page in <paramref name="language"/> shows is written in: Japanese
    /// on an English page while the translation is pending, so the page can mark it <c>lang="ja"</c>.
    /// </summary>
    public Language In(Language language) => language == Language.En && EnglishPending ? Language.Ja : language;

    /// <summary>
    /// The <see cref="Fingerprint"/> of the Japanese text the English was translated from, when
    /// the editor recorded it; lets the check notice a Japanese change the English has not followed.
    /// </summary>
    public string? EnFrom { get; init; }

    /// <summary>The Japanese has changed since the English was translated from it (never while the English is pending: there is none).</summary>
    public bool TranslationOutdated => !EnglishPending && EnFrom is not null && EnFrom != Fingerprint(Ja);

    /// <summary>The first 8 hex digits of the SHA-256 of the text: short enough to type, enough to tell versions apart.</summary>
    public static string Fingerprint(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
}
