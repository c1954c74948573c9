namespace Prongsai.Web.Infrastructure;

/// <summary>Dates for people: Bangkok time, Buddhist-era years in Thai, CE in English.</summary>
public static class Display
{
    private static readonly TimeZoneInfo Bangkok = TimeZoneInfo.FindSystemTimeZoneById("Asia/Bangkok");

    public static string DateTime(DateTimeOffset value)
    {
        var local = TimeZoneInfo.ConvertTime(value, Bangkok);
        return Lang.IsEnglish
            ? local.ToString("d MMM yyyy HH:mm", Lang.English)
            : local.ToString("d MMM yyyy HH:mm", Lang.Thai) + " น.";
    }

    public static string Date(DateOnly value) =>
        Lang.IsEnglish ? value.ToString("d MMMM yyyy", Lang.English) : value.ToString("d MMMM yyyy", Lang.Thai);
}
