using System.Globalization;
using Prongsai.Core.Calendar;
using Prongsai.Core.Organizations;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// Values for people: dates in Bangkok time, Buddhist-era years in Thai, CE in English (Core's ThaiDate and BangkokTime);
/// counts with thousands separators; the department in charge.
/// </summary>
public static class Display
{
    public static string DateTime(DateTimeOffset value)
    {
        var time = BangkokTime.ToBangkok(value).ToString("HH:mm", CultureInfo.InvariantCulture);
        return Lang.IsEnglish
            ? $"{ThaiDate.FormatEnglish(value)} {time}"
            : $"{ThaiDate.FormatLong(value)} {time} น.";
    }

    public static string Date(DateTimeOffset value) => Lang.IsEnglish ? ThaiDate.FormatEnglish(value) : ThaiDate.FormatLong(value);

    public static string Date(DateOnly value) => Lang.IsEnglish ? ThaiDate.FormatEnglish(value) : ThaiDate.FormatLong(value);

    /// <summary>"มีนาคม 2567" in Thai, "March 2024" in English.</summary>
    public static string Month(YearMonth month) =>
        Lang.IsEnglish ? ThaiDate.FormatEnglishMonthYear(month) : ThaiDate.FormatMonthYear(month);

    public static string Month(DateOnly date) => Month(YearMonth.FromDate(date));

    /// <summary>"ต.ค. 67" in Thai, "Oct 2024" in English: short enough for twelve column headings in a row.</summary>
    public static string ShortMonth(YearMonth month) => Lang.IsEnglish
        ? month.FirstDay.ToString("MMM yyyy", CultureInfo.InvariantCulture)
        : ThaiDate.FormatShortMonthYear(month);

    /// <summary>"1,004".</summary>
    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The department in charge of an entry, or the whole office when it has none.</summary>
    public static string Department(string? name) => name ?? Lang.T(DepartmentChoices.WholeOffice, "The whole office");
}
