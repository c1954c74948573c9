namespace Prongsai.Core.Calendar;

/// <summary>
/// Thai month names kept as data so formatting and parsing never depend on which calendar
/// the machine's th-TH culture happens to use (ICU gives it the Buddhist calendar, invariant
/// globalization does not).
/// </summary>
public static class ThaiCalendar
{
    /// <summary>Full month names, index 0 = January.</summary>
    public static IReadOnlyList<string> MonthNames { get; } =
    [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ];

    /// <summary>Official abbreviations, index 0 = January.</summary>
    public static IReadOnlyList<string> MonthAbbreviations { get; } =
    [
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
        "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    ];

    /// <summary>Colloquial short names ("ตุลา", "กุมภา"), index 0 = January.</summary>
    public static IReadOnlyList<string> SpokenMonthNames { get; } =
    [
        "มกรา", "กุมภา", "มีนา", "เมษา", "พฤษภา", "มิถุนา",
        "กรกฎา", "สิงหา", "กันยา", "ตุลา", "พฤศจิกา", "ธันวา",
    ];

    /// <summary>
    /// The month (1–12) a written name stands for, however it was typed: the full name, the abbreviation with or without
    /// its dots ("ต.ค.", "ต.ค", "ตค"), the spoken short form ("ตุลา"), or the English name or its abbreviation in any case
    /// ("October", "oct"); spaces are ignored. Null for anything else. One table for every reader of dates, periods and
    /// month headings, so a form typed one way is read the same way everywhere.
    /// </summary>
    public static int? MonthOfName(string? written)
    {
        var key = (written ?? "").Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        if (key.Length == 0)
        {
            return null;
        }

        var english = System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat;
        for (var i = 0; i < 12; i++)
        {
            if (key == MonthNames[i] || key == MonthAbbreviations[i].Replace(".", "", StringComparison.Ordinal) || key == SpokenMonthNames[i]
                || key == english.MonthNames[i].ToLowerInvariant() || key == english.AbbreviatedMonthNames[i].ToLowerInvariant())
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>
    /// A year written in digits, as ค.ศ.: two digits are พ.ศ. 25xx ("68" → 2025), four digits from 2400 are พ.ศ.
    /// ("2568" → 2025), other four digits are ค.ศ. already (some documents use it).
    /// </summary>
    public static int CeYearOfDigits(string digits)
    {
        var year = int.Parse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        return digits.Length <= 2 ? FiscalYear.BeToCe(2500 + year) : year >= 2400 ? FiscalYear.BeToCe(year) : year;
    }

    /// <summary>Full Thai name of a month number 1–12.</summary>
    public static string MonthName(int month) => MonthNames[CheckMonth(month) - 1];

    /// <summary>Abbreviated Thai name of a month number 1–12.</summary>
    public static string MonthAbbreviation(int month) => MonthAbbreviations[CheckMonth(month) - 1];

    private static int CheckMonth(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return month;
    }
}
