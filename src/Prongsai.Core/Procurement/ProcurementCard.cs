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
/// unpublished and its 30-working-day deadline is near (≤ 5 working days) or passed, with the date in พ.ศ.
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
        string text = "แผนการจัดซื้อจัดจ้าง สรุปผลรายเดือน (สขร.1) และรายงานประจำปี";
        if (plan is { Published: false })
        {
            var deadline = await PlanDeadline.ComputeAsync(calendar, plan.BudgetAllocatedOn, null, today, cancellationToken);
            if (deadline.State == PlanDeadlineState.Overdue)
            {
                text = "แผนการจัดซื้อจัดจ้างเลยกำหนดประกาศแล้ว (กำหนดวันที่ " + ThaiDate.FormatLong(deadline.DueOn!.Value) + ")";
                todos.Add(new DashboardToDo("แผนการจัดซื้อจัดจ้างเลยกำหนดประกาศ " + ThaiDate.FormatLong(deadline.DueOn.Value),
                    "Procurement plan overdue", 1, path));
            }
            else if (deadline.State == PlanDeadlineState.DueSoon)
            {
                text = "แผนการจัดซื้อจัดจ้าง" + deadline.DueText + $" (อีก {deadline.WorkingDaysLeft!.Value.ToString(CultureInfo.InvariantCulture)} วันทำการ)";
                todos.Add(new DashboardToDo("ประกาศแผนการจัดซื้อจัดจ้างภายใน " + ThaiDate.FormatLong(deadline.DueOn!.Value),
                    "Publish the procurement plan soon", deadline.WorkingDaysLeft.Value, path));
            }
        }

        return new DashboardCardView(35, "procurement", "จัดซื้อจัดจ้าง", "Procurement", text, todos);
    }
}
