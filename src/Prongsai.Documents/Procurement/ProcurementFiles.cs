using System.Globalization;
using Prongsai.Core.Calendar;
using Prongsai.Core.Money;
using Prongsai.Core.Organizations;
using Prongsai.Core.Procurement;
using Prongsai.Core.Procurement.Import;
using Prongsai.Core.Procurement.Lines;
using Prongsai.Core.Text;
using Prongsai.Documents.Spreadsheets;

namespace Prongsai.Documents.Procurement;

/// <summary>The procurement files: the สขร.1 as XLSX, the 16-field line as XLSX/CSV, the records in the import's columns.</summary>
public static class ProcurementFiles
{
    public static byte[] MonthlyXlsx(MonthlySummary summary) =>
        SimpleSheets.Write("สขร.1",
            ["แบบ สขร.1", summary.Title, summary.OrganizationName, .. summary.IsSample ? new[] { "ข้อมูลตัวอย่าง" } : []],
            MonthlySummary.Headings,
            summary.Records.Count == 0 ? [[MonthlySummary.NoProcurement]] : [.. summary.Rows, ["", summary.TotalLine]],
            [8, 36, 16, 16, 20, 36, 30, 24, 24]);

    public static byte[] LinesCsv(Organization organization, int fiscalYear, IEnumerable<ProcurementRecord> records) =>
        CsvFiles.ToFile(ProcurementLineTemplate.Headers, ProcurementLineTemplate.Rows(organization, fiscalYear, records));

    public static byte[] LinesXlsx(Organization organization, int fiscalYear, IEnumerable<ProcurementRecord> records) =>
        SimpleSheets.Write("ข้อมูลจัดซื้อจัดจ้าง", [], ProcurementLineTemplate.Headers, ProcurementLineTemplate.Rows(organization, fiscalYear, records));

    /// <summary>
    /// The records in the import's own columns (สขร.1 titles plus เลขที่โครงการ and เดือน), written the way the import
    /// reads them back, so the API's CSV imports into another copy unchanged.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> ImportRows(IEnumerable<ProcurementRecord> records) =>
        records.Select(r => (IReadOnlyList<string>)
        [
            r.Ordinal.ToString(CultureInfo.InvariantCulture),
            r.Title,
            ThaiMoney.Format(r.BudgetAmount),
            r.ReferencePrice is { } p ? ThaiMoney.Format(p) : "",
            ProcurementTexts.Method(r.Method, r.MethodNote),
            string.Join("\n", r.Bids.OrderBy(b => b.Ordinal).Select(b => b.Bidder + (b.Price is { } bp ? " " + ThaiMoney.Format(bp) + " บาท" : ""))),
            r.SelectedSupplier is null ? "" : r.SelectedSupplier + (r.AgreedPrice is { } a ? " " + ThaiMoney.Format(a) + " บาท" : ""),
            r.SelectionReason ?? "",
            (r.ContractNumber is null ? "" : "เลขที่ " + r.ContractNumber) + (r.ContractDate is { } d ? " ลงวันที่ " + ThaiDate.FormatLong(d) : ""),
            r.EgpProjectNumber ?? "",
            ThaiDate.FormatMonthYear(YearMonth.FromDate(r.Month)),
        ]).ToList();

    public static byte[] RecordsCsv(IEnumerable<ProcurementRecord> records) => CsvFiles.ToFile(ProcurementColumns.All, ImportRows(records));

    public static byte[] RecordsXlsx(IEnumerable<ProcurementRecord> records) =>
        SimpleSheets.Write("สขร.1", [], ProcurementColumns.All, ImportRows(records));
}
