using System.Globalization;
using Prongsai.Core.Calendar;

namespace Prongsai.Web.Infrastructure;

/// <summary>Dates for people: Bangkok time, Buddhist-era years in Thai, CE in English (Core's ThaiDate and BangkokTime).</summary>
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
}
