using System.Globalization;

namespace Prongsai.Core.Calendar;

/// <summary>
/// Dates formatted for people. The BE year is computed here (CE + 543) rather than taken
/// from the th-TH culture, whose calendar differs between ICU and invariant globalization.
/// Instants (<see cref="DateTimeOffset"/>) are shown as the Bangkok calendar date.
/// </summary>
public static class ThaiDate
{
    /// <summary>"15 มีนาคม 2567".</summary>
    public static string FormatLong(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{date.Day} {ThaiCalendar.MonthName(date.Month)} {FiscalYear.CeToBe(date.Year)}");

    /// <summary>"15 มี.ค. 67" — two-digit BE year, as in tables and forms.</summary>
    public static string FormatShort(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{date.Day} {ThaiCalendar.MonthAbbreviation(date.Month)} {FiscalYear.CeToBe(date.Year) % 100:D2}");

    /// <summary>"มีนาคม 2567".</summary>
    public static string FormatMonthYear(YearMonth month) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{ThaiCalendar.MonthName(month.Month)} {FiscalYear.CeToBe(month.Year)}");

    /// <summary>"มีนาคม 2567".</summary>
    public static string FormatMonthYear(DateOnly date) => FormatMonthYear(YearMonth.FromDate(date));

    /// <summary>"ต.ค. 67": a month short enough for twelve column heads in a row.</summary>
    public static string FormatShortMonthYear(YearMonth month) =>
        string.Create(CultureInfo.InvariantCulture, $"{ThaiCalendar.MonthAbbreviation(month.Month)} {FiscalYear.CeToBe(month.Year) % 100:D2}");

    /// <summary>"15 March 2024" — CE year, English month, for the English version of pages.</summary>
    public static string FormatEnglish(DateOnly date) =>
        date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"March 2024" — the English version of <see cref="FormatMonthYear(YearMonth)"/>.</summary>
    public static string FormatEnglishMonthYear(YearMonth month) =>
        month.FirstDay.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    public static string FormatLong(DateTimeOffset instant) => FormatLong(BangkokTime.DateOf(instant));

    public static string FormatShort(DateTimeOffset instant) => FormatShort(BangkokTime.DateOf(instant));

    public static string FormatMonthYear(DateTimeOffset instant) => FormatMonthYear(BangkokTime.DateOf(instant));

    public static string FormatEnglish(DateTimeOffset instant) => FormatEnglish(BangkokTime.DateOf(instant));
}
