namespace CorpusGenerator.Building;

/// <summary>
/// How many records of each kind a corpus of <see cref="Measures"/> measures has. The ratios follow
/// the real handbook (a few dozen measures naming programmes, institutions, terms and events),
/// with items capped at 30.
/// </summary>
public sealed record CorpusShape(int Measures, int Items, int Programmes, int Institutions, int Terms, int Events)
{
    public static CorpusShape For(int measures)
    {
        if (measures < 3) throw new ArgumentOutOfRangeException(nameof(measures), "at least 3 measures (one per item)");
        return new(
            Measures: measures,
            Items: Math.Clamp(measures / 50, 3, 30),
            Programmes: Math.Max(8, measures / 20),
            Institutions: Math.Max(6, measures / 100),
            Terms: Math.Clamp(measures / 25, 12, 300),
            Events: Math.Max(8, measures / 50));
    }
}
