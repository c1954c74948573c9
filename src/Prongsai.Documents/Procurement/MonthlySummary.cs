using System.Globalization;
using Prongsai.Core.Calendar;
using Prongsai.Core.Money;
using Prongsai.Core.Procurement;

namespace Prongsai.Documents.Procurement;

/// <summary>
/// The monthly summary สขร.1 (แบบ สขร.1, สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน) as its nine columns of text,
/// shared by the page, PDF, XLSX and DOCX so they all say the same thing. BE dates, amounts "1,234.00".
/// </summary>
public sealed record MonthlySummary(string OrganizationName, int FiscalYear, YearMonth Month, IReadOnlyList<ProcurementRecord> Records, bool IsSample)
{
    public const string NoProcurement = "ไม่มีการจัดซื้อจัดจ้าง";

    public static IReadOnlyList<string> Headings { get; } =
    [
        "ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง (บาท)", "ราคากลาง (บาท)", "วิธีซื้อหรือจ้าง",
        "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง", "เหตุผลที่คัดเลือกโดยสรุป",
        "เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง",
    ];

    /// <summary>Relative column widths of the paper form (percent).</summary>
    public static IReadOnlyList<int> Widths { get; } = [4, 16, 11, 11, 9, 16, 14, 9, 10];

    public string Title => "สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน" + ThaiDate.FormatMonthYear(Month);

    public string FileStem => "สขร1-" + ProcurementTexts.MonthSlug(Month);

    public decimal TotalAgreed => Records.Sum(r => r.AgreedPrice ?? 0);

    /// <summary>"รวม 3 รายการ ราคาที่ตกลงซื้อหรือจ้างรวม 61,000.00 บาท (หกหมื่นหนึ่งพันบาทถ้วน)".</summary>
    public string TotalLine => Records.Count == 0
        ? NoProcurement
        : string.Create(CultureInfo.InvariantCulture, $"รวม {Records.Count} รายการ ราคาที่ตกลงซื้อหรือจ้างรวม {ThaiMoney.Format(TotalAgreed)} บาท ({BahtText.Format(TotalAgreed)})");

    public IReadOnlyList<IReadOnlyList<string>> Rows => Records.Select(Row).ToList();

    public static IReadOnlyList<string> Row(ProcurementRecord r) =>
    [
        r.Ordinal.ToString(CultureInfo.InvariantCulture),
        r.Title,
        ThaiMoney.Format(r.BudgetAmount),
        r.ReferencePrice is { } p ? ThaiMoney.Format(p) : "-",
        ProcurementTexts.Method(r.Method, r.MethodNote),
        Bids(r),
        r.SelectedSupplier is null ? "-" : r.SelectedSupplier + (r.AgreedPrice is { } a ? "\nราคา " + ThaiMoney.Format(a) + " บาท" : ""),
        r.SelectionReason ?? "-",
        Contract(r),
    ];

    public static string Bids(ProcurementRecord r) => r.Bids.Count == 0
        ? "-"
        : string.Join("\n", r.Bids.OrderBy(b => b.Ordinal).Select((b, i) =>
            string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {b.Bidder}") + (b.Price is { } p ? " ราคา " + ThaiMoney.Format(p) + " บาท" : "")));

    public static string Contract(ProcurementRecord r) =>
        (r.ContractNumber, r.ContractDate) switch
        {
            (null, null) => "-",
            (var n, null) => "เลขที่ " + n,
            (null, { } d) => "ลงวันที่ " + ThaiDate.FormatLong(d),
            var (n, d) => "เลขที่ " + n + "\nลงวันที่ " + ThaiDate.FormatLong(d!.Value),
        };
}
