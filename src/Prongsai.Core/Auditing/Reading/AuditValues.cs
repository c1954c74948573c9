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
/// statuses and roles in Thai, HTML as its text. The interceptor records dates with the invariant culture
/// ("11/24/2024", "11/24/2024 07:30:00 +00:00") and use cases with ISO 8601; both are read.
/// </summary>
public static partial class AuditValues
{
    public const string Empty = "(ว่าง)";
    private const int MaxLength = 200;

    private static readonly string[] DateFormats = ["MM/dd/yyyy", "yyyy-MM-dd"];

    private static readonly string[] InstantFormats =
    [
        "MM/dd/yyyy HH:mm:ss zzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    /// <summary>One value of an entity's field, for the "before → after" line.</summary>
    public static string Format(string entity, string field, JsonNode? value, AuditNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        switch (value)
        {
            case null:
                return Empty;
            case JsonArray array:
                var items = array.Select(item => Format(entity, field, item, names)).Where(i => i != Empty).ToList();
                return items.Count == 0 ? Empty : string.Join(", ", items);
            case JsonValue when value.GetValueKind() == System.Text.Json.JsonValueKind.True:
                return "ใช่";
            case JsonValue when value.GetValueKind() == System.Text.Json.JsonValueKind.False:
                return "ไม่ใช่";
        }

        var text = value.ToString();
        if (text.Length == 0)
        {
            return Empty;
        }

        if (AuditEnums.EnumOf(entity, field) is { } enumType)
        {
            return AuditEnums.Thai(enumType, text);
        }

        return field switch
        {
            "DepartmentId" => names.Item("Department", text) ?? "ส่วนราชการที่ถูกลบแล้ว",
            "CategoryId" => names.Item("DocumentCategory", text) ?? "หมวดที่ถูกลบแล้ว",
            "Role" or "roles" => Role(text),
            "Status" when !AuditEnums.Knows(entity) => Coded(typeof(DocumentStatus), text),
            "Kind" when !AuditEnums.Knows(entity) => Coded(typeof(EvidenceKind), text),
            "Side" => Coded(typeof(ExecutiveSide), text),
            _ => Plain(text),
        };
    }

    /// <summary>
    /// A status or kind of an item type the trail no longer knows: the words of the usual enum when they fit,
    /// otherwise a code name is not shown.
    /// </summary>
    private static string Coded(Type usual, string text) =>
        Enum.TryParse(usual, text, out var parsed) && Enum.IsDefined(usual, parsed!) ? AuditEnums.Thai(usual, text)
        : CodeName().IsMatch(text) ? AuditEnums.Unnamed
        : Plain(text);

    /// <summary>A role's Thai name ("ผู้บริหาร"), from its recorded name or number.</summary>
    public static string Role(string? role) =>
        Enum.TryParse<OrgRole>(role, out var parsed) && Enum.IsDefined(parsed) ? parsed.Thai() : role ?? Empty;

    /// <summary>Dates and times in พ.ศ.; HTML as text; long text shortened.</summary>
    public static string Plain(string text)
    {
        if (text.Length == 0)
        {
            return Empty;
        }

        if (DatePattern().IsMatch(text) && DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return ThaiDate.FormatLong(date);
        }

        if (InstantPattern().IsMatch(text)
            && DateTimeOffset.TryParseExact(text, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            var bangkok = BangkokTime.ToBangkok(instant);
            return string.Create(CultureInfo.InvariantCulture, $"{ThaiDate.FormatLong(instant)} {bangkok.Hour:D2}:{bangkok.Minute:D2} น.");
        }

        var plain = PlainText.FromHtml(text);
        return plain.Length == 0 ? Empty : PlainText.Shorten(plain, MaxLength + 1);
    }

    [GeneratedRegex(@"^(?:[A-Z][a-z]+)+$|^[A-Z]+$|^\d+$")]
    private static partial Regex CodeName();

    [GeneratedRegex(@"^(?:\d{2}/\d{2}/\d{4}|\d{4}-\d{2}-\d{2})$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?:\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2} [+-]\d{2}:\d{2}|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))$")]
    private static partial Regex InstantPattern();
}
