using System.Globalization;

namespace CorpusGenerator.Building;

/// <summary>
/// Dates the way the source prints them (令和６年３月２９日, 令和７年度: Reiwa era, full-width
/// digits) and the way an English reader needs them (29 March 2024, fiscal year 2025).
/// </summary>
public static class JapaneseDate
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Reiwa 1 is 2019; the generator only draws later years.</summary>
    public static string Reiwa(int year) => "令和" + FullWidth(year - 2018);

    public static string DayJa(int year, int month, int day) => $"{Reiwa(year)}年{FullWidth(month)}月{FullWidth(day)}日";
    public static string MonthJa(int year, int month) => $"{Reiwa(year)}年{FullWidth(month)}月";
    public static string FiscalYearJa(int year) => $"{Reiwa(year)}年度";
    public static string YearJa(int year) => FullWidth(year) + "年";

    public static string DayEn(int year, int month, int day) => $"{day} {MonthNames[month - 1]} {year}";
    public static string MonthEn(int year, int month) => $"{MonthNames[month - 1]} {year}";
    public static string FiscalYearEn(int year) => $"fiscal year {year} (April {year} to March {year + 1})";

    public static string Iso(int year, int month, int day) => $"{year:D4}-{month:D2}-{day:D2}";
    public static string Iso(int year, int month) => $"{year:D4}-{month:D2}";

    /// <summary>Digits as the slides print them: ０１２… (U+FF10…).</summary>
    public static string FullWidth(int number) =>
        string.Concat(number.ToString(CultureInfo.InvariantCulture).Select(c => (char)(c - '0' + '０')));
}
