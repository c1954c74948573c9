using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Prongsai.Core.Calendar;
using Prongsai.Core.Measures;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Core.Text;

namespace Prongsai.Core.Auditing.Reading;

/// <summary>
/// Recorded values as people read them: dates in พ.ศ., times in Bangkok, yes/no, names instead of ids,
/// statuses and roles in words (Thai, or English when the trail is read in English), HTML as its text. The interceptor records dates with the invariant culture
/// ("11/24/2024", "11/24/2024 07:30:00 +00:00") and use cases with ISO 8601; both are read.
/// </summary>
public static partial class AuditValues
{
    public const string Empty = "(ว่าง)";
    private const string EmptyEnglish = "(empty)";
    private const int MaxLength = 200;

    private static readonly string[] DateFormats = ["MM/dd/yyyy", "yyyy-MM-dd"];

    private static readonly string[] InstantFormats =
    [
        "MM/dd/yyyy HH:mm:ss zzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    public static string EmptyIn(AuditLanguage language) => language == AuditLanguage.English ? EmptyEnglish : Empty;

    /// <summary>Whether a recorded value is the interceptor's stand-in for what it did not copy.</summary>
    public static bool IsMarker(string? text) => text is AuditInterceptor.Withheld or AuditInterceptor.Protected;

    /// <summary>One value of an entity's field, for the "before → after" line.</summary>
    public static string Format(string entity, string field, JsonNode? value, AuditNames names, AuditLanguage language = AuditLanguage.Thai)
    {
        ArgumentNullException.ThrowIfNull(names);
        var english = language == AuditLanguage.English;
        switch (value)
        {
            case null:
                return EmptyIn(language);
            case JsonArray array:
                var items = array.Select(item => Format(entity, field, item, names, language)).Where(i => i != EmptyIn(language)).ToList();
                return items.Count == 0 ? EmptyIn(language) : string.Join(", ", items);
            case JsonValue when value.GetValueKind() == System.Text.Json.JsonValueKind.True:
                return english ? "yes" : "ใช่";
            case JsonValue when value.GetValueKind() == System.Text.Json.JsonValueKind.False:
                return english ? "no" : "ไม่ใช่";
        }

        var text = value.ToString();
        if (text.Length == 0)
        {
            return EmptyIn(language);
        }

        var type = AuditEnums.TypeOf(entity, field);
        if (type is { IsEnum: true })
        {
            return AuditEnums.Words(type, text, language);
        }

        if (Shaped(type, field, text, language) is { } shaped)
        {
            return shaped;
        }

        return field switch
        {
            "DepartmentId" or "HandlingDepartmentId" => names.Item("Department", text) ?? (english ? "a deleted department" : "ส่วนราชการที่ถูกลบแล้ว"),
            "CategoryId" => names.Item("DocumentCategory", text) ?? (english ? "a deleted category" : "หมวดที่ถูกลบแล้ว"),
            "Role" or "roles" => Role(text, language),
            "Status" when !AuditEnums.Knows(entity) => Coded(typeof(DocumentStatus), text, language),
            "Kind" when !AuditEnums.Knows(entity) => Coded(typeof(EvidenceKind), text, language),
            "Side" => Coded(typeof(ExecutiveSide), text, language),
            _ => Plain(text, language),
        };
    }

    /// <summary>Amounts of money with their separators, months as months: values whose field's type says what they are.</summary>
    private static string? Shaped(Type? type, string field, string text, AuditLanguage language)
    {
        var english = language == AuditLanguage.English;
        if (type == typeof(decimal) && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return amount.ToString("N2", CultureInfo.InvariantCulture);
        }

        // A budget line's month is counted from October, the first month of the fiscal year.
        if (field == "FiscalMonth" && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var fiscalMonth) && fiscalMonth is >= 1 and <= 12)
        {
            var month = (fiscalMonth + 8) % 12 + 1;
            return english ? English.DateTimeFormat.GetMonthName(month) : ThaiCalendar.MonthNames[month - 1];
        }

        // Months are stored as their first day.
        if (field is "Month" or "ExpectedMonth" && type == typeof(DateOnly)
            && DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            var month = YearMonth.FromDate(first);
            return english ? ThaiDate.FormatEnglishMonthYear(month) : ThaiDate.FormatMonthYear(month);
        }

        return null;
    }

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// A status or kind of an item type the trail no longer knows: the words of the usual enum when they fit,
    /// otherwise a code name is not shown.
    /// </summary>
    private static string Coded(Type usual, string text, AuditLanguage language) =>
        Enum.TryParse(usual, text, out var parsed) && Enum.IsDefined(usual, parsed!) ? AuditEnums.Words(usual, text, language)
        : CodeName().IsMatch(text) ? AuditEnums.UnnamedIn(language)
        : Plain(text, language);

    /// <summary>A role's name ("ผู้บริหาร", "Executive"), from its recorded name or number.</summary>
    public static string Role(string? role, AuditLanguage language = AuditLanguage.Thai) =>
        Enum.TryParse<OrgRole>(role, out var parsed) && Enum.IsDefined(parsed)
            ? language == AuditLanguage.English ? parsed.English() : parsed.Thai()
            : role ?? EmptyIn(language);

    /// <summary>Dates and times in พ.ศ. (or in English); HTML as text; long text shortened.</summary>
    public static string Plain(string text, AuditLanguage language = AuditLanguage.Thai)
    {
        var english = language == AuditLanguage.English;
        if (text.Length == 0)
        {
            return EmptyIn(language);
        }

        if (english && IsMarker(text))
        {
            return text == AuditInterceptor.Withheld ? "(confidential: not recorded)" : "(protected: not recorded)";
        }

        if (DatePattern().IsMatch(text) && DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return english ? ThaiDate.FormatEnglish(date) : ThaiDate.FormatLong(date);
        }

        if (InstantPattern().IsMatch(text)
            && DateTimeOffset.TryParseExact(text, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            var bangkok = BangkokTime.ToBangkok(instant);
            return english
                ? string.Create(CultureInfo.InvariantCulture, $"{ThaiDate.FormatEnglish(instant)} {bangkok.Hour:D2}:{bangkok.Minute:D2}")
                : string.Create(CultureInfo.InvariantCulture, $"{ThaiDate.FormatLong(instant)} {bangkok.Hour:D2}:{bangkok.Minute:D2} น.");
        }

        var plain = PlainText.FromHtml(text);
        return plain.Length == 0 ? EmptyIn(language) : PlainText.Shorten(plain, MaxLength + 1);
    }

    [GeneratedRegex(@"^(?:[A-Z][a-z]+)+$|^[A-Z]+$|^\d+$")]
    private static partial Regex CodeName();

    [GeneratedRegex(@"^(?:\d{2}/\d{2}/\d{4}|\d{4}-\d{2}-\d{2})$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?:\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2} [+-]\d{2}:\d{2}|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))$")]
    private static partial Regex InstantPattern();
}
