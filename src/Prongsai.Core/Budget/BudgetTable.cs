using System.Globalization;
using Prongsai.Core.Money;
using Prongsai.Core.Text;

namespace Prongsai.Core.Budget;

/// <summary>
/// The plan as rows with the import's own headers, so a downloaded CSV/XLSX imports again unchanged: the nine columns,
/// the planned months (ต.ค. … ก.ย.), then the disbursed months the reader may see ("เบิกจ่าย ต.ค." …) and the totals.
/// </summary>
public static class BudgetTable
{
    public const string FiscalYear = "ปีงบประมาณ";
    public const string Sector = "ด้าน";
    public const string Program = "แผนงาน";
    public const string Work = "งาน";
    public const string Category = "งบ";
    public const string Subcategory = "หมวด";
    public const string Item = "รายการ";
    public const string Department = "ส่วนราชการ";
    public const string Amount = "จำนวนเงิน";
    public const string Month = "เดือน";
    public const string DisbursedAmount = "จำนวนเงินเบิกจ่าย";
    public const string DisbursedPrefix = "เบิกจ่าย ";
    public const string DisbursedTotal = "รวมเบิกจ่าย";
    public const string Percent = "ร้อยละที่เบิกจ่าย";

    public static IReadOnlyList<string> PlanColumns { get; } = [FiscalYear, Sector, Program, Work, Category, Subcategory, Item, Department, Amount];

    public static IReadOnlyList<string> DisbursementColumns { get; } = [FiscalYear, Month, Item, DisbursedAmount];

    public static IReadOnlyList<string> Header(BudgetReport report) =>
        PlanColumns.Concat(BudgetNames.ShortMonths)
            .Concat(BudgetNames.ShortMonths.Take(report.DisbursementMonthsShown).Select(m => DisbursedPrefix + m))
            .Concat(report.DisbursementMonthsShown > 0 ? [DisbursedTotal, Percent] : [])
            .ToList();

    public static IEnumerable<IReadOnlyList<string>> Rows(BudgetReport report) => report.Lines.Select(l =>
    {
        var row = new List<string>
        {
            report.FiscalYear.ToString(CultureInfo.InvariantCulture), Coded(l.SectorCode, l.Sector), Coded(l.ProgramCode, l.Program),
            Coded(l.WorkCode, l.Work), BudgetNames.Thai(l.Category), l.Subcategory, l.Item, l.DepartmentName, Plain(l.Amount),
        };
        row.AddRange(l.Planned.Select(p => p is { } v ? Plain(v) : ""));
        row.AddRange(l.Disbursed.Take(report.DisbursementMonthsShown).Select(d => d is { } v ? Plain(v) : ""));
        if (report.DisbursementMonthsShown > 0)
        {
            row.Add(Plain(l.DisbursedTotal));
            row.Add(Percent2(l.Amount == 0 ? 0 : l.DisbursedTotal * 100 / l.Amount));
        }

        return (IReadOnlyList<string>)row;
    });

    public static byte[] ToCsv(BudgetReport report) => CsvFiles.ToFile(Header(report), Rows(report));

    /// <summary>"00110 แผนงานบริหารงานทั่วไป" — the import reads the code back.</summary>
    public static string Coded(string? code, string name) => code is null ? name : code + " " + name;

    /// <summary>Machine-friendly amounts (no thousands separators) for files meant to be reused.</summary>
    public static string Plain(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Percent2(decimal value) => decimal.Round(value, 2).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>"12,345.00" as forms print it.</summary>
    public static string Money(decimal value) => ThaiMoney.Format(value);
}
