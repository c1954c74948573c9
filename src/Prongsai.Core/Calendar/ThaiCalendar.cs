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
