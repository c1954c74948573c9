using Prongsai.Core.Calendar;
using Prongsai.Core.Text;

namespace Prongsai.Core.Procurement;

/// <summary>
/// The Thai words of procurement methods and statuses, as the forms print them and as clerks type them, and their English
/// for English pages and the audit trail.
/// </summary>
public static class ProcurementTexts
{
    /// <summary>
    /// Whether a month's สขร.1 is due: it summarises a month once the month is over, so a month that has not ended is
    /// "not due yet" on the public pages, never "not published".
    /// </summary>
    public static bool IsDue(YearMonth month, DateOnly today) => month.LastDay < today;

    public static string Method(ProcurementMethod method, string? note = null) => method switch
    {
        ProcurementMethod.Specific => "เฉพาะเจาะจง",
        ProcurementMethod.Selection => "คัดเลือก",
        ProcurementMethod.EMarket => "ตลาดอิเล็กทรอนิกส์ (e-market)",
        ProcurementMethod.EBidding => "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
        _ => string.IsNullOrWhiteSpace(note) ? "วิธีอื่น" : note.Trim(),
    };

    /// <summary>The method on English pages; another method is shown by the note the clerk typed, as in Thai.</summary>
    public static string MethodEnglish(ProcurementMethod method, string? note = null) => method switch
    {
        ProcurementMethod.Specific => "Specific (direct)",
        ProcurementMethod.Selection => "Selection",
        ProcurementMethod.EMarket => "e-market",
        ProcurementMethod.EBidding => "e-bidding",
        _ => string.IsNullOrWhiteSpace(note) ? "Other" : note.Trim(),
    };

    /// <summary>Machine token (API, CSV of the API), stable across languages.</summary>
    public static string MethodToken(ProcurementMethod method) => method switch
    {
        ProcurementMethod.Specific => "specific",
        ProcurementMethod.Selection => "selection",
        ProcurementMethod.EMarket => "e-market",
        ProcurementMethod.EBidding => "e-bidding",
        _ => "other",
    };

    public static IReadOnlyList<ProcurementMethod> Methods { get; } =
        [ProcurementMethod.Specific, ProcurementMethod.Selection, ProcurementMethod.EMarket, ProcurementMethod.EBidding, ProcurementMethod.Other];

    public static IReadOnlyList<ProcurementStatus> Statuses { get; } =
        [ProcurementStatus.InProgress, ProcurementStatus.Contracted, ProcurementStatus.Completed, ProcurementStatus.Cancelled];

    private static readonly BilingualWords<ProcurementStatus> StatusWords = new(
        (ProcurementStatus.InProgress, "อยู่ระหว่างดำเนินการ", "In progress"),
        (ProcurementStatus.Contracted, "ลงนามในสัญญาแล้ว", "Contract signed"),
        (ProcurementStatus.Completed, "ดำเนินการแล้วเสร็จ", "Completed"),
        (ProcurementStatus.Cancelled, "ยกเลิก", "Cancelled"));

    public static string Status(ProcurementStatus status) => StatusWords.Thai(status);

    /// <summary>The status on English pages and in the audit trail read in English.</summary>
    public static string StatusEnglish(ProcurementStatus status) => StatusWords.English(status);

    /// <summary>
    /// Reads a method as offices write it ("เฉพาะเจาะจง", "วิธีคัดเลือก", "e-market", "ตลาดอิเล็กทรอนิกส์",
    /// "e-bidding", "ประกวดราคาอิเล็กทรอนิกส์", "e-GP ประกาศเชิญชวนทั่วไป (e-bidding)"); null when none of them.
    /// </summary>
    public static ProcurementMethod? ParseMethod(string? text)
    {
        var t = Compact(text).ToLowerInvariant();
        if (t.Length == 0)
        {
            return null;
        }

        if (t.Contains("e-bidding", StringComparison.Ordinal) || t.Contains("ebidding", StringComparison.Ordinal) || t.Contains("ประกวดราคา", StringComparison.Ordinal))
        {
            return ProcurementMethod.EBidding;
        }

        if (t.Contains("e-market", StringComparison.Ordinal) || t.Contains("emarket", StringComparison.Ordinal) || t.Contains("ตลาดอิเล็กทรอนิกส์", StringComparison.Ordinal))
        {
            return ProcurementMethod.EMarket;
        }

        if (t.Contains("เฉพาะเจาะจง", StringComparison.Ordinal))
        {
            return ProcurementMethod.Specific;
        }

        if (t.Contains("คัดเลือก", StringComparison.Ordinal))
        {
            return ProcurementMethod.Selection;
        }

        return null;
    }

    public static ProcurementStatus? ParseStatus(string? text)
    {
        var t = Compact(text);
        return t switch
        {
            "" => null,
            _ when t.Contains("ยกเลิก", StringComparison.Ordinal) => ProcurementStatus.Cancelled,
            _ when t.Contains("แล้วเสร็จ", StringComparison.Ordinal) || t.Contains("เสร็จสิ้น", StringComparison.Ordinal) => ProcurementStatus.Completed,
            _ when t.Contains("สัญญา", StringComparison.Ordinal) => ProcurementStatus.Contracted,
            _ when t.Contains("ระหว่าง", StringComparison.Ordinal) => ProcurementStatus.InProgress,
            _ => null,
        };
    }

    /// <summary>"สขร.1 ประจำเดือนตุลาคม 2567".</summary>
    public static string MonthlyTitle(YearMonth month) => "สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน" + ThaiDate.FormatMonthYear(month);

    /// <summary>The route form of a month: BE "2567-10".</summary>
    public static string MonthSlug(YearMonth month) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{FiscalYear.CeToBe(month.Year):D4}-{month.Month:D2}");

    /// <summary>Reads "2567-10" (BE year, month); null when it is not that form.</summary>
    public static YearMonth? ParseMonthSlug(string? text)
    {
        if (!YearMonth.TryParse(text, out var be) || be.Year < 2400 || be.Year > 3000)
        {
            return null;
        }

        return new YearMonth(FiscalYear.BeToCe(be.Year), be.Month);
    }

    private static string Compact(string? text) =>
        string.Concat(ThaiDigits.ToAscii(text ?? "").Where(c => !char.IsWhiteSpace(c)));
}
