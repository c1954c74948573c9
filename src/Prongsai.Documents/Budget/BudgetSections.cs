using System.Globalization;
using Prongsai.Core.Budget;
using Prongsai.Core.Calendar;
using Prongsai.Core.Money;

namespace Prongsai.Documents.Budget;

/// <summary>One table of a report: a caption, headings, rows of text, which columns are amounts, and a totals row.</summary>
public sealed record BudgetSection(string Id, string Caption, IReadOnlyList<string> Headings, IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlySet<int> NumericColumns, IReadOnlyList<string>? Totals);

/// <summary>
/// The tables every format of a report shows, built once so the page, DOCX, XLSX and PDF print the same numbers:
/// per department, per งบ, per month (cumulative), and the lines. The plan shows amounts and planned months only;
/// the six-month and annual reports add what was disbursed and the share of the amount.
/// </summary>
public static class BudgetSections
{
    public static bool ShowsDisbursed(BudgetReport report) => report.Kind != BudgetReportKind.Plan;

    public static IReadOnlyList<BudgetSection> For(BudgetReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var disbursed = ShowsDisbursed(report);
        return [Groups(report, "by-department", "ส่วนราชการ", report.ByDepartment(), disbursed),
            Groups(report, "by-category", "งบ", report.ByCategory(), disbursed), Months(report, disbursed), Lines(report, disbursed)];
    }

    /// <summary>The line under the title: who, which year, and the totals.</summary>
    public static IReadOnlyList<string> Summary(BudgetReport report)
    {
        var lines = new List<string>
        {
            report.OrganizationName,
            string.Create(CultureInfo.InvariantCulture, $"งบประมาณทั้งสิ้น {ThaiMoney.Format(report.Amount)} บาท ({report.Lines.Count} รายการ)"),
        };
        if (report.AllocatedOn is { } allocated)
        {
            lines.Add("ข้อบัญญัติงบประมาณประกาศใช้เมื่อ " + ThaiDate.FormatLong(allocated));
        }

        if (ShowsDisbursed(report))
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"เบิกจ่ายแล้ว {ThaiMoney.Format(report.Disbursed)} บาท คิดเป็นร้อยละ {report.PercentDisbursed:0.00} ของงบประมาณ (ข้อมูลถึงเดือน{BudgetNames.LongMonthYear(report.FiscalYear, Math.Max(1, report.DisbursementMonthsShown))})"));
        }

        if (report.Publication(report.Kind) is { } published)
        {
            lines.Add("เผยแพร่เมื่อ " + ThaiDate.FormatLong(published.PublishedAt));
        }

        return lines;
    }

    private static BudgetSection Groups(BudgetReport report, string id, string name, IReadOnlyList<BudgetGroupTotal> groups, bool disbursed)
    {
        var headings = disbursed
            ? new[] { name, "งบประมาณ (บาท)", "เบิกจ่าย (บาท)", "คงเหลือ (บาท)", "ร้อยละที่เบิกจ่าย" }
            : new[] { name, "งบประมาณ (บาท)", "ร้อยละของงบประมาณทั้งหมด" };
        var total = report.Amount;
        var rows = groups.Select(g => (IReadOnlyList<string>)(disbursed
            ? [g.Name, Money(g.Amount), Money(g.Disbursed), Money(g.Amount - g.Disbursed), Percent(g.PercentDisbursed)]
            : [g.Name, Money(g.Amount), Percent(total == 0 ? 0 : g.Amount * 100 / total)])).ToList();
        IReadOnlyList<string> totals = disbursed
            ? ["รวม", Money(report.Amount), Money(report.Disbursed), Money(report.Amount - report.Disbursed), Percent(report.PercentDisbursed)]
            : ["รวม", Money(report.Amount), Percent(total == 0 ? 0 : 100)];
        var caption = (disbursed ? "งบประมาณและการเบิกจ่าย แยกตาม" : "งบประมาณ แยกตาม") + name;
        return new BudgetSection(id, caption, headings, rows, Enumerable.Range(1, headings.Length - 1).ToHashSet(), totals);
    }

    private static BudgetSection Months(BudgetReport report, bool disbursed)
    {
        var months = report.ByMonth();
        var headings = disbursed
            ? new[] { "เดือน", "แผน (บาท)", "แผนสะสม (บาท)", "เบิกจ่าย (บาท)", "เบิกจ่ายสะสม (บาท)", "ร้อยละสะสมของงบประมาณ" }
            : new[] { "เดือน", "แผน (บาท)", "แผนสะสม (บาท)", "ร้อยละสะสมของงบประมาณ" };
        var rows = months.Select(m => (IReadOnlyList<string>)(disbursed
            ? [BudgetNames.LongMonthYear(report.FiscalYear, m.FiscalMonth), Money(m.Planned), Money(m.PlannedCumulative),
                m.Shown ? Money(m.Disbursed) : "–", m.Shown ? Money(m.DisbursedCumulative) : "–",
                m.Shown ? Percent(report.Amount == 0 ? 0 : m.DisbursedCumulative * 100 / report.Amount) : "–"]
            : [BudgetNames.LongMonthYear(report.FiscalYear, m.FiscalMonth), Money(m.Planned), Money(m.PlannedCumulative),
                Percent(report.Amount == 0 ? 0 : m.PlannedCumulative * 100 / report.Amount)])).ToList();
        var caption = disbursed ? "แผนและผลการเบิกจ่ายรายเดือน (สะสมตั้งแต่ตุลาคม)" : "แผนการใช้จ่ายรายเดือน (สะสมตั้งแต่ตุลาคม)";
        return new BudgetSection("by-month", caption, headings, rows, Enumerable.Range(1, headings.Length - 1).ToHashSet(), null);
    }

    private static BudgetSection Lines(BudgetReport report, bool disbursed)
    {
        var headings = disbursed
            ? new[] { "ที่", "แผนงาน / งาน", "งบ / หมวด", "รายการ", "ส่วนราชการ", "งบประมาณ (บาท)", "เบิกจ่าย (บาท)", "ร้อยละ" }
            : new[] { "ที่", "แผนงาน / งาน", "งบ / หมวด", "รายการ", "ส่วนราชการ", "งบประมาณ (บาท)" };
        var rows = report.Lines.Select((l, i) =>
        {
            var row = new List<string>
            {
                (i + 1).ToString(CultureInfo.InvariantCulture), BudgetTable.Coded(l.ProgramCode, l.Program) + " / " + BudgetTable.Coded(l.WorkCode, l.Work),
                BudgetNames.Thai(l.Category) + " / " + l.Subcategory, l.Item, l.DepartmentName, Money(l.Amount),
            };
            if (disbursed)
            {
                row.Add(Money(l.DisbursedTotal));
                row.Add(Percent(l.Amount == 0 ? 0 : l.DisbursedTotal * 100 / l.Amount));
            }

            return (IReadOnlyList<string>)row;
        }).ToList();
        IReadOnlyList<string> totals = disbursed
            ? ["", "", "", "รวม", "", Money(report.Amount), Money(report.Disbursed), Percent(report.PercentDisbursed)]
            : ["", "", "", "รวม", "", Money(report.Amount)];
        var numeric = disbursed ? new HashSet<int> { 5, 6, 7 } : [5];
        return new BudgetSection("lines", "รายการงบประมาณ", headings, rows, numeric, totals);
    }

    public static string Money(decimal value) => ThaiMoney.Format(value);

    public static string Percent(decimal value) => decimal.Round(value, 2).ToString("0.00", CultureInfo.InvariantCulture);
}
