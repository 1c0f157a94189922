using RoadmapSite.Content.Model;

namespace RoadmapSite.Theme.Text;

/// <summary>
/// Finds where a record's mentioned glossary terms occur in its texts, as segments the theme
/// renders with Razor's encoding: the text is never parsed or emitted as markup. Only terms the
/// record lists in <c>mentions.terms</c> are looked for, by the spellings in their <c>forms</c>;
/// the first occurrence of each term across all the record's paragraphs is the one to link.
/// </summary>
public static class TermMarkup
{
    public static IReadOnlyList<IReadOnlyList<TermSegment>> Mark(IEnumerable<string> paragraphs, IEnumerable<Term> terms, Language language)
    {
        var forms = Forms(terms, language);
        var linked = new HashSet<string>();
        return paragraphs.Select(p => (IReadOnlyList<TermSegment>)Segments(p, forms, linked)).ToList();
    }

    /// <summary>
    /// Marks texts as a page shows them. Each is searched with the spellings of the language it
    /// is written in, so a Japanese text shown while its English is pending still finds its terms.
    /// </summary>
    public static IReadOnlyList<MarkedText> Mark(IEnumerable<PageText> texts, IEnumerable<Term> terms)
    {
        var termList = terms.ToList();
        var forms = LanguageCodes.All.ToDictionary(l => l, l => Forms(termList, l));
        var linked = new HashSet<string>();
        return texts.Select(t => new MarkedText(t, Segments(t.Text, forms[t.Language], linked))).ToList();
    }

    // Longest spelling first, so "microphysiological systems (MPS)" wins over "MPS".
    private static List<(string Form, Term Term)> Forms(IEnumerable<Term> terms, Language language) => terms
        .SelectMany(t => (language == Language.Ja ? t.Forms.Ja : t.Forms.En).Select(f => (Form: f, Term: t)))
        .Where(x => x.Form.Length > 0)
        .OrderByDescending(x => x.Form.Length).ThenBy(x => x.Form, StringComparer.Ordinal)
        .ToList();

    private static List<TermSegment> Segments(string text, List<(string Form, Term Term)> forms, HashSet<string> linked)
    {
        var segments = new List<TermSegment>();
        var plainFrom = 0;
        for (var at = 0; at < text.Length;)
        {
            var match = forms.FirstOrDefault(f => string.CompareOrdinal(text, at, f.Form, 0, f.Form.Length) == 0 && StandsAlone(text, at, f.Form.Length));
            if (match.Term is null) { at++; continue; }
            if (at > plainFrom) segments.Add(new(text[plainFrom..at], null, false));
            segments.Add(new(match.Form, match.Term, linked.Add(match.Term.Id)));
            at += match.Form.Length;
            plainFrom = at;
        }
        if (plainFrom < text.Length) segments.Add(new(text[plainFrom..], null, false));
        return segments;
    }

    /// <summary>A Latin spelling must not be part of a longer word ("GMP" is not found in "GMPs").</summary>
    private static bool StandsAlone(string text, int start, int length)
    {
        static bool Latin(char c) => char.IsAsciiLetterOrDigit(c);
        var end = start + length;
        return !(Latin(text[start]) && start > 0 && Latin(text[start - 1]))
            && !(Latin(text[end - 1]) && end < text.Length && Latin(text[end]));
    }
}

/// <summary>A text as a page shows it, cut into segments at its glossary terms.</summary>
public sealed record MarkedText(PageText Text, IReadOnlyList<TermSegment> Segments);

/// <summary>A run of text; where it spells a glossary term, the term, and whether this is the occurrence to link.</summary>
public sealed record TermSegment(string Text, Term? Term, bool Link)
{
    /// <summary>The expansion to give as <c>&lt;abbr title&gt;</c> when the text is the term's abbreviated name.</summary>
    public string? Abbreviation(Language language) =>
        Term is { Expansion: { } expansion } && Text == Term.Name[language] && Text.Any(char.IsAsciiLetterUpper) && Text != expansion[language]
            ? expansion[language]
            : null;
}
