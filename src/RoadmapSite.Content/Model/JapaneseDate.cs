using System.Globalization;

namespace RoadmapSite.Content.Model;

/// <summary>
/// A <see cref="PartialDate"/> in the Japanese era calendar (令和6年度 = FY2024), computed with
/// the platform's <see cref="JapaneseCalendar"/> so a new era needs no code change.
/// </summary>
public static class JapaneseDate
{
    private static readonly JapaneseCalendar Calendar = new();
    private static readonly DateTimeFormatInfo JapaneseFormat = CreateFormat();

    // Romanised era names by the calendar's era number; ICU gives only the kanji names.
    private static readonly Dictionary<string, string> Romanised = new()
    {
        ["明治"] = "Meiji", ["大正"] = "Taishō", ["昭和"] = "Shōwa", ["平成"] = "Heisei", ["令和"] = "Reiwa",
    };

    private static DateTimeFormatInfo CreateFormat()
    {
        var format = (DateTimeFormatInfo)new CultureInfo("ja-JP").DateTimeFormat.Clone();
        format.Calendar = Calendar;
        return format;
    }

    /// <summary>The era and year the date starts in: (令和, 6).</summary>
    public static (string Era, int Year) EraYear(PartialDate date)
    {
        var day = date.First.ToDateTime(TimeOnly.MinValue);
        return (JapaneseFormat.GetEraName(Calendar.GetEra(day)), Calendar.GetYear(day));
    }

    /// <summary>令和6年3月29日, 令和6年2月, 令和22年, 令和6年度.</summary>
    public static string Format(PartialDate date, Language language)
    {
        var (era, year) = EraYear(date);
        if (language == Language.En)
        {
            var name = Romanised.GetValueOrDefault(era, era);
            return date.Precision == DatePrecision.FiscalYear ? $"{name} {year} fiscal year" : $"{name} {year}";
        }
        var y = year == 1 ? "元" : year.ToString(CultureInfo.InvariantCulture);
        return date.Precision switch
        {
            DatePrecision.Day => $"{era}{y}年{date.Month}月{date.Day}日",
            DatePrecision.Month => $"{era}{y}年{date.Month}月",
            DatePrecision.Year => $"{era}{y}年",
            _ => $"{era}{y}年度",
        };
    }

    /// <summary>The Gregorian form: 2024年3月29日 / 29 March 2024; FY2024 / 2024年度.</summary>
    public static string Gregorian(PartialDate date, Language language)
    {
        var en = CultureInfo.InvariantCulture;
        if (language == Language.Ja)
            return date.Precision switch
            {
                DatePrecision.Day => $"{date.Year}年{date.Month}月{date.Day}日",
                DatePrecision.Month => $"{date.Year}年{date.Month}月",
                DatePrecision.Year => $"{date.Year}年",
                _ => $"{date.Year}年度（{date.Year}年4月～{date.Year + 1}年3月）",
            };
        return date.Precision switch
        {
            DatePrecision.Day => date.First.ToString("d MMMM yyyy", en),
            DatePrecision.Month => date.First.ToString("MMMM yyyy", en),
            DatePrecision.Year => date.Year.ToString(en),
            _ => $"FY{date.Year} (April {date.Year} – March {date.Year + 1})",
        };
    }
}
