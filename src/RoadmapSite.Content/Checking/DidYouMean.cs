namespace RoadmapSite.Content.Checking;

/// <summary>
/// Suggests the known name closest to a misspelt one ('ministy' → 'ministries'), by edit distance,
/// only when it is close enough to be a likely typo rather than a different word.
/// </summary>
public static class DidYouMean
{
    public static string? Closest(string wrong, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known.Order(StringComparer.Ordinal))
        {
            var distance = Distance(wrong, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        // Allow about one edit in three characters, plus one: catches typos and dropped letters,
        // and 'ministy' (7) → 'ministries' (3 edits), but not unrelated short words.
        return best is not null && bestDistance <= Math.Max(wrong.Length, best.Length) / 3 + 1 ? best : null;
    }

    /// <summary><c> (did you mean 'x'?)</c>, or nothing when no known name is close.</summary>
    public static string Suffix(string wrong, IEnumerable<string> known) =>
        Closest(wrong, known) is { } match ? $" (did you mean '{match}'?)" : "";

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
        {
            var cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
        }
        return d[a.Length, b.Length];
    }
}
