using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Features;
using Prongsai.Core.Finance;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Budget;

/// <summary>
/// The budget card. For those who keep the finance data: last month's disbursements not entered yet (lines without a
/// disbursement for the month just ended), and no plan for the current fiscal year. For them and for those who publish:
/// the reports the ITA asks for that are due and not on the website — this year's plan, its six-month report once
/// March has ended, last year's annual report.
/// </summary>
public sealed class BudgetCard(ProngsaiDbContext db, FinanceAccess access, TimeProvider clock) : IDashboardCard
{
    public async Task<DashboardCardView?> BuildAsync(StaffActor actor, CancellationToken cancellationToken)
    {
        var canEdit = await access.CanEditAsync(actor, cancellationToken);
        if (!canEdit && !actor.Has(FinancePermissions.PublishFinanceReports))
        {
            return null;
        }

        var today = BangkokTime.Today(clock);
        var fiscalYear = FiscalYear.ForDate(today).BeYear;
        var todos = new List<DashboardToDo>();
        var path = "budget/" + fiscalYear.ToString(CultureInfo.InvariantCulture);
        var plan = await db.Set<BudgetPlan>().AsNoTracking().Where(p => p.FiscalYear == fiscalYear).Select(p => new { p.Id }).FirstOrDefaultAsync(cancellationToken);
        if (plan is null && canEdit)
        {
            todos.Add(new DashboardToDo("ยังไม่มีแผนการใช้จ่ายงบประมาณปีนี้", "No spending plan for this fiscal year", 1, "budget"));
        }
        else if (plan is not null && canEdit)
        {
            var lastMonth = today.AddMonths(-1);
            var (lastYear, lastFiscalMonth) = BudgetNames.FiscalMonthOf(lastMonth);
            if (lastYear == fiscalYear)
            {
                var lines = await db.Set<BudgetLine>().AsNoTracking().Where(l => l.PlanId == plan.Id).CountAsync(cancellationToken);
                var entered = await db.Set<BudgetLineMonth>().AsNoTracking()
                    .Where(m => m.FiscalMonth == lastFiscalMonth && m.Disbursed != null && db.Set<BudgetLine>().Any(l => l.Id == m.LineId && l.PlanId == plan.Id))
                    .CountAsync(cancellationToken);
                if (lines - entered is > 0 and var missing)
                {
                    todos.Add(new DashboardToDo("รายการที่ยังไม่บันทึกเบิกจ่ายเดือน" + BudgetNames.LongMonths[lastFiscalMonth - 1],
                        "Lines without last month's disbursement", missing, path));
                }
            }
        }

        todos.AddRange(await ReportsDueAsync(today, fiscalYear, cancellationToken));
        return new DashboardCardView(40, "budget", "งบประมาณ", "Budget", new DashboardText("แผนการใช้จ่ายงบประมาณ ผลการเบิกจ่าย และรายงานรอบ 6 เดือน/ประจำปี",
                "The spending plan, what was disbursed, and the six-month and yearly reports"), todos);
    }

    /// <summary>Plans are for the current fiscal year and annual reports for the last one; a year without a plan here is not asked for.</summary>
    private async Task<List<DashboardToDo>> ReportsDueAsync(DateOnly today, int fiscalYear, CancellationToken cancellationToken)
    {
        var lastYear = fiscalYear - 1;
        var plans = await db.Set<BudgetPlan>().AsNoTracking().Where(p => p.FiscalYear == fiscalYear || p.FiscalYear == lastYear)
            .Select(p => p.FiscalYear).ToListAsync(cancellationToken);
        var published = await db.Set<BudgetReportPublication>().AsNoTracking().Where(p => p.FiscalYear == fiscalYear || p.FiscalYear == lastYear)
            .Select(p => new { p.FiscalYear, p.Kind }).ToListAsync(cancellationToken);
        bool Due(int year, BudgetReportKind kind) => plans.Contains(year) && !published.Exists(p => p.FiscalYear == year && p.Kind == kind);

        var todos = new List<DashboardToDo>();
        var current = fiscalYear.ToString(CultureInfo.InvariantCulture);
        if (Due(fiscalYear, BudgetReportKind.Plan))
        {
            todos.Add(new DashboardToDo("แผนการใช้จ่ายงบประมาณ ปีงบประมาณ " + current + " ยังไม่เผยแพร่",
                "This year's spending plan not yet published", 1, "budget/" + current));
        }

        if (YearMonth.FromDate(today) > new FiscalYear(fiscalYear).HalfYearLastMonth && Due(fiscalYear, BudgetReportKind.SixMonth))
        {
            todos.Add(new DashboardToDo("รายงานการใช้จ่ายงบประมาณรอบ 6 เดือน ปีงบประมาณ " + current + " ยังไม่เผยแพร่",
                "Six-month spending report not yet published", 1, "budget/" + current));
        }

        if (Due(lastYear, BudgetReportKind.Annual))
        {
            var year = lastYear.ToString(CultureInfo.InvariantCulture);
            todos.Add(new DashboardToDo("รายงานผลการใช้จ่ายงบประมาณประจำปี " + year + " ยังไม่เผยแพร่",
                "Last year's spending report not yet published", 1, "budget/" + year));
        }

        return todos;
    }
}
