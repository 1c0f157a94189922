using System.Globalization;

namespace RoadmapSite.Content.Model;

public enum DatePrecision { Day, Month, Year, FiscalYear }

/// <summary>
/// A date known to the precision the source gives: <c>2024-03-29</c>, <c>2024-02</c>, <c>2040</c>
/// or <c>FY2024</c> (Japan's fiscal year, April 2024 to March 2025).
/// </summary>
public readonly record struct PartialDate(DatePrecision Precision, int Year, int Month = 1, int Day = 1)
    : IComparable<PartialDate>
{
    /// <summary>The first day the date covers, for ordering.</summary>
    public DateOnly First => Precision == DatePrecision.FiscalYear ? new(Year, 4, 1) : new(Year, Month, Day);

    /// <summary>The last day the date covers.</summary>
    public DateOnly Last => Precision switch
    {
        DatePrecision.Day => new(Year, Month, Day),
        DatePrecision.Month => new DateOnly(Year, Month, 1).AddMonths(1).AddDays(-1),
        DatePrecision.Year => new(Year, 12, 31),
        _ => new(Year + 1, 3, 31),
    };

    public int CompareTo(PartialDate other)
    {
        var byStart = First.CompareTo(other.First);
        return byStart != 0 ? byStart : Last.CompareTo(other.Last);
    }

    public static bool TryParse(string text, out PartialDate date)
    {
        date = default;
        var s = text.Trim();
        if (s.StartsWith("FY", StringComparison.Ordinal))
        {
            if (!int.TryParse(s.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var fy) || fy < 1000 || fy > 9999) return false;
            date = new(DatePrecision.FiscalYear, fy);
            return true;
        }
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        for (var i = 0; i < formats.Length; i++)
        {
            if (s.Length != formats[i].Length) continue;
            if (!DateOnly.TryParseExact(s, formats[i], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return false;
            date = new((DatePrecision)i, d.Year, d.Month, d.Day);
            return true;
        }
        return false;
    }

    /// <summary>The YAML spelling, which is also the machine-readable form in data files.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        DatePrecision.Year => $"{Year:D4}",
        _ => $"FY{Year:D4}",
    };
}
