using System.Text.RegularExpressions;

namespace RoadmapSite.Tests.Content;

/// <summary>
/// The source copy (input/source/roadmap-phase3.txt) as the coverage test reads it: slide
/// labels and repeated headers dropped, layout line breaks joined, split into sentences, with
/// each ministry bracket （文、経） noted where it stands.
/// </summary>
public static partial class SourceText
{
    /// <summary>Slide labels: layout, not statements of the roadmap.</summary>
    private static readonly HashSet<string> Labels = ["目指すべき姿", "小論点 対応案", "大論点"];

    /// <summary>Units of text (a bullet, an issue, a paragraph), joined across layout line breaks.</summary>
    public static IReadOnlyList<string> Units(string source)
    {
        var units = new List<string>();
        var current = "";
        void Flush()
        {
            if (Normalise(current).Length > 0) units.Add(current);
            current = "";
        }
        foreach (var raw in source.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || Labels.Contains(line) || line.StartsWith('★'))
            {
                Flush();
                continue;
            }
            if (ItemHeader().Match(line) is { Success: true } header)
            {
                Flush();
                units.Add(header.Groups[1].Value);
                continue;
            }
            if (Citation().Match(line) is { Success: true } citation)
            {
                Flush();
                units.AddRange(citation.Groups[1].Value.Split('、'));
                continue;
            }
            if (UnitStart().Match(line) is { Success: true } start)
            {
                Flush();
                line = line[start.Length..];
            }
            current += line;
        }
        Flush();
        return units;
    }

    /// <summary>Every sentence of the source: units cut at 。 and after each ministry bracket.</summary>
    public static IReadOnlyList<string> Sentences(string source) =>
        Units(source)
            .SelectMany(u => Bracket().Split(u.Replace("。", "。\n")).Where((_, i) => i % 2 == 0))
            .SelectMany(s => s.Split('\n'))
            .Select(s => s.Trim())
            .Where(s => Normalise(s).Length > 0)
            .ToList();

    /// <summary>Ministry brackets with the codes they list, in source order, as (offset in the normalised text, codes).</summary>
    public static IReadOnlyList<(int End, IReadOnlyList<string> Codes)> Brackets(string normalisedSource) =>
        Bracket().Matches(normalisedSource)
            .Select(m => (m.Index, (IReadOnlyList<string>)m.Groups[1].Value.Split('、', '・')))
            .ToList();

    /// <summary>Whitespace is layout in Japanese (line breaks, stray spaces), so comparisons ignore it.</summary>
    public static string Normalise(string s) => Whitespace().Replace(s, "");

    /// <summary>The whole source without labels, as one normalised string, for locating actions and brackets.</summary>
    public static string Joined(string source) => Normalise(string.Concat(Units(source)));

    [GeneratedRegex(@"^項目[0-9０-９]+：(.+)$")]
    private static partial Regex ItemHeader();

    [GeneratedRegex(@"^\(資料：(.+)\)$")]
    private static partial Regex Citation();

    /// <summary>A bullet (・ •), an issue number (１．) or a footnote mark starts a new unit.</summary>
    [GeneratedRegex(@"^([・•]\s*|[0-9０-９]+．)")]
    private static partial Regex UnitStart();

    [GeneratedRegex(@"（\s*([内文厚経](?:\s*[、・]\s*[内文厚経])*)\s*）")]
    private static partial Regex Bracket();

    [GeneratedRegex(@"[\s\u3000]+")]
    private static partial Regex Whitespace();
}
