using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Features;
using Prongsai.Core.Finance;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Budget;

/// <summary>
/// The budget card for those who keep the finance data: last month's disbursements not entered yet (lines without a
/// disbursement for the month just ended), and no plan for the current fiscal year.
/// </summary>
public sealed class BudgetCard(ProngsaiDbContext db, FinanceAccess access, TimeProvider clock) : IDashboardCard
{
    public async Task<DashboardCardView?> BuildAsync(StaffActor actor, CancellationToken cancellationToken)
    {
        if (!await access.CanEditAsync(actor, cancellationToken))
        {
            return null;
        }

        var today = BangkokTime.Today(clock);
        var fiscalYear = FiscalYear.ForDate(today).BeYear;
        var todos = new List<DashboardToDo>();
        var path = "budget/" + fiscalYear.ToString(CultureInfo.InvariantCulture);
        var plan = await db.Set<BudgetPlan>().AsNoTracking().Where(p => p.FiscalYear == fiscalYear).Select(p => new { p.Id }).FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            todos.Add(new DashboardToDo("ยังไม่มีแผนการใช้จ่ายงบประมาณปีนี้", "No spending plan for this fiscal year", 1, "budget"));
        }
        else
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

        return new DashboardCardView(40, "budget", "งบประมาณ", "Budget", "แผนการใช้จ่ายงบประมาณ ผลการเบิกจ่าย และรายงานรอบ 6 เดือน/ประจำปี", todos);
    }
}
