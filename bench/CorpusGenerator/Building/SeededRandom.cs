namespace CorpusGenerator.Building;

/// <summary>
/// SplitMix64: a tiny generator whose sequence depends only on the seed, never on the .NET
/// version (System.Random's seeded sequence is not a documented contract).
/// </summary>
public sealed class SeededRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, exclusiveMax).</summary>
    public int Next(int exclusiveMax) => (int)(NextUInt64() % (ulong)exclusiveMax);

    public int Next(int inclusiveMin, int exclusiveMax) => inclusiveMin + Next(exclusiveMax - inclusiveMin);

    public T Pick<T>(IReadOnlyList<T> list) => list[Next(list.Count)];

    /// <summary>Percent chance, 0-100.</summary>
    public bool Chance(int percent) => Next(100) < percent;

    /// <summary><paramref name="count"/> distinct elements, in the order drawn.</summary>
    public IReadOnlyList<T> Distinct<T>(IReadOnlyList<T> list, int count)
    {
        count = Math.Min(count, list.Count);
        var chosen = new List<T>(count);
        var used = new HashSet<int>();
        while (chosen.Count < count)
        {
            var i = Next(list.Count);
            if (used.Add(i)) chosen.Add(list[i]);
        }
        return chosen;
    }
}
