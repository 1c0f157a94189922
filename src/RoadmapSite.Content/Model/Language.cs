namespace RoadmapSite.Content.Model;

/// <summary>The two languages of the handbook. Japanese is the authoritative one.</summary>
public enum Language { Ja, En }

public static class LanguageCodes
{
    public static readonly IReadOnlyList<Language> All = [Language.Ja, Language.En];

    /// <summary>The BCP 47 tag, also the URL prefix (<c>/ja/</c>, <c>/en/</c>).</summary>
    public static string Code(this Language language) => language == Language.Ja ? "ja" : "en";

    public static Language Other(this Language language) => language == Language.Ja ? Language.En : Language.Ja;
}
