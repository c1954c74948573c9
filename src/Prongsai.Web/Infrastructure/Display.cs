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

    /// <summary>"1,004".</summary>
    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The department in charge of an entry, or the whole office when it has none.</summary>
    public static string Department(string? name) => name ?? Lang.T(DepartmentChoices.WholeOffice, "The whole office");
}
