using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Calendar.Holidays;
using Prongsai.Core.Data;
using Prongsai.Core.Features;
using Prongsai.Core.Finance;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Procurement;

/// <summary>
/// The procurement card: for those who keep or approve finance data, a warning when the current year's plan is
/// unpublished and its 30-working-day deadline is near (≤ 5 working days) or passed, with the date in พ.ศ.; the months
/// that have ended without their สขร.1 summary on the website; last year's annual report while it is not published.
/// </summary>
public sealed class ProcurementCard(ProngsaiDbContext db, WorkingDayCalendar calendar, TimeProvider clock) : IDashboardCard
{
    public async Task<DashboardCardView?> BuildAsync(StaffActor actor, CancellationToken cancellationToken)
    {
        if (!actor.Has(FinancePermissions.EditFinance) && !actor.Has(FinancePermissions.PublishFinanceReports))
        {
            return null;
        }

        var today = BangkokTime.Today(clock);
        var fiscalYear = FiscalYear.ForDate(today).BeYear;
        var path = "procurement/" + fiscalYear.ToString(CultureInfo.InvariantCulture);
        var plan = await db.Set<ProcurementPlan>().AsNoTracking()
            .Where(p => p.FiscalYear == fiscalYear)
            .Select(p => new { p.BudgetAllocatedOn, Published = p.Revisions.Any() })
            .FirstOrDefaultAsync(cancellationToken);
        var todos = new List<DashboardToDo>();
        var text = new DashboardText("แผนการจัดซื้อจัดจ้าง สรุปผลรายเดือน (สขร.1) และรายงานประจำปี",
            "The procurement plan, the monthly summaries and the yearly report");
        if (plan is { Published: false })
        {
            var deadline = await PlanDeadline.ComputeAsync(calendar, plan.BudgetAllocatedOn, null, today, cancellationToken);
            if (deadline.State == PlanDeadlineState.Overdue)
            {
                text = new DashboardText("แผนการจัดซื้อจัดจ้างเลยกำหนดประกาศแล้ว (กำหนดวันที่ " + ThaiDate.FormatLong(deadline.DueOn!.Value) + ")",
                    "The procurement plan is past its deadline (" + ThaiDate.FormatEnglish(deadline.DueOn.Value) + ")");
                todos.Add(new DashboardToDo("แผนการจัดซื้อจัดจ้างเลยกำหนดประกาศ " + ThaiDate.FormatLong(deadline.DueOn.Value),
                    "Procurement plan overdue", 1, path));
            }
            else if (deadline.State == PlanDeadlineState.DueSoon)
            {
                var daysLeft = deadline.WorkingDaysLeft!.Value.ToString(CultureInfo.InvariantCulture);
                text = new DashboardText("แผนการจัดซื้อจัดจ้าง" + deadline.DueText + $" (อีก {daysLeft} วันทำการ)",
                    $"The procurement plan must be published by {ThaiDate.FormatEnglish(deadline.DueOn!.Value)} ({daysLeft} working days left)");
                todos.Add(new DashboardToDo("ประกาศแผนการจัดซื้อจัดจ้างภายใน " + ThaiDate.FormatLong(deadline.DueOn!.Value),
                    "Publish the procurement plan soon", deadline.WorkingDaysLeft.Value, path));
            }
        }

        todos.AddRange(await ReportsDueAsync(today, fiscalYear, cancellationToken));
        return new DashboardCardView(35, "procurement", "จัดซื้อจัดจ้าง", "Procurement", text, todos);
    }

    /// <summary>
    /// The ITA asks for every month's summary, a month without procurement included ("ไม่มีการจัดซื้อจัดจ้าง"), and for
    /// the previous year's annual report. Months are counted from the start of this fiscal year, or of the last one when
    /// the office kept its procurement in Prongsai then (a plan, a line or a publication), up to the month just ended.
    /// </summary>
    private async Task<List<DashboardToDo>> ReportsDueAsync(DateOnly today, int fiscalYear, CancellationToken cancellationToken)
    {
        var lastYear = fiscalYear - 1;
        var publications = await db.Set<ProcurementReportPublication>().AsNoTracking()
            .Where(p => p.FiscalYear == fiscalYear || p.FiscalYear == lastYear)
            .Select(p => new { p.FiscalYear, p.Kind, p.Month }).ToListAsync(cancellationToken);
        var lastYearKept = publications.Exists(p => p.FiscalYear == lastYear)
            || await db.Set<ProcurementPlan>().AnyAsync(p => p.FiscalYear == lastYear, cancellationToken)
            || await db.Set<ProcurementRecord>().AnyAsync(r => r.FiscalYear == lastYear, cancellationToken);
        var published = publications.Where(p => p.Kind == ProcurementReportKind.Monthly && p.Month is not null)
            .Select(p => YearMonth.FromDate(p.Month!.Value)).ToHashSet();
        var thisMonth = YearMonth.FromDate(today);
        var missing = new List<YearMonth>();
        for (var month = new FiscalYear(lastYearKept ? lastYear : fiscalYear).FirstMonth; month < thisMonth; month = month.AddMonths(1))
        {
            if (!published.Contains(month))
            {
                missing.Add(month);
            }
        }

        var todos = new List<DashboardToDo>();
        if (missing.Count > 0)
        {
            var first = missing[0];
            todos.Add(new DashboardToDo(
                missing.Count == 1
                    ? "สรุปผลการจัดซื้อจัดจ้าง (สขร.1) เดือน" + ThaiDate.FormatMonthYear(first) + " ยังไม่เผยแพร่"
                    : "สรุปผลการจัดซื้อจัดจ้าง (สขร.1) ที่ยังไม่เผยแพร่ ตั้งแต่เดือน" + ThaiDate.FormatMonthYear(first),
                "Monthly procurement summaries not yet published", missing.Count,
                "procurement/" + FiscalYear.ForMonth(first).BeYear.ToString(CultureInfo.InvariantCulture)));
        }

        if (lastYearKept && !publications.Exists(p => p.FiscalYear == lastYear && p.Kind == ProcurementReportKind.Annual))
        {
            var year = lastYear.ToString(CultureInfo.InvariantCulture);
            todos.Add(new DashboardToDo("รายงานผลการจัดซื้อจัดจ้างประจำปี " + year + " ยังไม่เผยแพร่",
                "Last year's procurement report not yet published", 1, "procurement/" + year));
        }

        return todos;
    }
}
