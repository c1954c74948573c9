using Prongsai.Core.Text;

namespace Prongsai.Core.Ita.Catalog;

/// <summary>
/// The words of the catalog formats: the English token written in JSON and accepted in sheets, and the Thai
/// words operators type in sheets. Matching ignores case and surrounding spaces.
/// </summary>
public static class CatalogVocabulary
{
    public static string ToolCode(AssessmentTool tool) => tool switch
    {
        AssessmentTool.Iit => "IIT",
        AssessmentTool.Eit => "EIT",
        AssessmentTool.Oit => "OIT",
        _ => throw new ArgumentOutOfRangeException(nameof(tool)),
    };

    public static AssessmentTool? ParseTool(string? text) => Normalize(text) switch
    {
        "iit" => AssessmentTool.Iit,
        "eit" => AssessmentTool.Eit,
        "oit" => AssessmentTool.Oit,
        _ => null,
    };

    public static string Token(DataYear year) => year == DataYear.Previous ? "previous" : "current";

    public static string Thai(DataYear year) => year == DataYear.Previous ? "ปีก่อน" : "ปีปัจจุบัน";

    public static DataYear? ParseDataYear(string? text) => Normalize(text) switch
    {
        "current" or "ปีปัจจุบัน" or "ปีงบประมาณปัจจุบัน" => DataYear.Current,
        "previous" or "ปีก่อน" or "ปีงบประมาณก่อน" or "ปีที่ผ่านมา" => DataYear.Previous,
        _ => null,
    };

    public static string Token(ItemFrequency frequency) => frequency switch
    {
        ItemFrequency.Once => "once",
        ItemFrequency.Monthly => "monthly",
        ItemFrequency.Quarterly => "quarterly",
        ItemFrequency.HalfYearly => "half-yearly",
        _ => throw new ArgumentOutOfRangeException(nameof(frequency)),
    };

    public static string Thai(ItemFrequency frequency) => frequency switch
    {
        ItemFrequency.Once => "ครั้งเดียว",
        ItemFrequency.Monthly => "รายเดือน",
        ItemFrequency.Quarterly => "รายไตรมาส",
        ItemFrequency.HalfYearly => "รายครึ่งปี",
        _ => throw new ArgumentOutOfRangeException(nameof(frequency)),
    };

    public static ItemFrequency? ParseFrequency(string? text) => Normalize(text) switch
    {
        "once" or "ครั้งเดียว" => ItemFrequency.Once,
        "monthly" or "รายเดือน" => ItemFrequency.Monthly,
        "quarterly" or "รายไตรมาส" => ItemFrequency.Quarterly,
        "half-yearly" or "halfyearly" or "half yearly" or "รายครึ่งปี" or "ราย 6 เดือน" => ItemFrequency.HalfYearly,
        _ => null,
    };

    public static string Token(CatalogItemStatus status) => status switch
    {
        CatalogItemStatus.Active => "active",
        CatalogItemStatus.Gap => "gap",
        CatalogItemStatus.Retired => "retired",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>A status in the sheets' Thai, and in the English of the audit trail read in English.</summary>
    private static readonly BilingualWords<CatalogItemStatus> Statuses = new(
        (CatalogItemStatus.Active, "ใช้งาน", "In use"),
        (CatalogItemStatus.Gap, "ยังไม่ทราบชื่อ", "Not in the official list"),
        (CatalogItemStatus.Retired, "ยกเลิกแล้ว", "Retired"));

    public static string Thai(CatalogItemStatus status) => Statuses.Thai(status);

    public static string English(CatalogItemStatus status) => Statuses.English(status);

    public static CatalogItemStatus? ParseStatus(string? text) => Normalize(text) switch
    {
        "active" or "ใช้งาน" or "ปกติ" => CatalogItemStatus.Active,
        "gap" or "ยังไม่ทราบชื่อ" or "ไม่ทราบชื่อ" or "ช่องว่าง" => CatalogItemStatus.Gap,
        "retired" or "ยกเลิก" or "ยกเลิกแล้ว" => CatalogItemStatus.Retired,
        _ => null,
    };

    public static string Token(EvidenceSourceKind kind) => kind switch
    {
        EvidenceSourceKind.Category => "category",
        EvidenceSourceKind.Page => "page",
        EvidenceSourceKind.MeasuresReport => "measures-report",
        EvidenceSourceKind.Feature => "feature",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static EvidenceSourceKind? ParseSourceKind(string? text) => Normalize(text) switch
    {
        "category" => EvidenceSourceKind.Category,
        "page" => EvidenceSourceKind.Page,
        "measures-report" => EvidenceSourceKind.MeasuresReport,
        "feature" => EvidenceSourceKind.Feature,
        _ => null,
    };

    /// <summary>Trimmed, lower-case (invariant), inner runs of white space as one space.</summary>
    public static string Normalize(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
