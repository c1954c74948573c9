using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Features;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Ita;

/// <summary>The ITA card: readiness of the latest checklist, items waiting for approval, and the member's missing items.</summary>
public sealed class ItaCard(ProngsaiDbContext db, ChecklistReader reader) : IDashboardCard
{
    public async Task<DashboardCardView?> BuildAsync(StaffActor actor, CancellationToken cancellationToken)
    {
        if (!actor.Has(OrganizationPermissions.ViewBackOffice))
        {
            return null;
        }

        var year = await db.Set<ItaChecklist>().AsNoTracking().OrderByDescending(c => c.FiscalYear).Select(c => (int?)c.FiscalYear).FirstOrDefaultAsync(cancellationToken);
        if (year is null || await reader.GetAsync(year.Value, cancellationToken) is not { } view)
        {
            return new DashboardCardView(15, "ita", "การประเมิน ITA (OIT)", "ITA disclosure checklist",
                new DashboardText("ยังไม่ได้เปิดรายการตรวจสอบ OIT", "The OIT checklist is not open yet"), []);
        }

        var path = "ita/" + year.Value.ToString(CultureInfo.InvariantCulture);
        var todos = new List<DashboardToDo>();
        if (actor.Has(ItaPermissions.ApproveItaItems) && view.Current.Count(r => r.Entry.Status == ItaItemStatus.Ready) is > 0 and var ready)
        {
            todos.Add(new DashboardToDo("ข้อรออนุมัติ", "Items awaiting approval", ready, path));
        }

        if (actor.Has(ItaPermissions.EditItaEvidence)
            && view.Missing.Count(r => actor.HasFor(ItaPermissions.EditItaEvidence, r.Entry.DepartmentId)) is > 0 and var missing)
        {
            todos.Add(new DashboardToDo("ข้อที่ยังไม่พร้อม", "Items not ready", missing, path));
        }

        var overall = view.Overall;
        return new DashboardCardView(15, path, "การประเมิน ITA (OIT)", "ITA disclosure checklist",
            new DashboardText(
                string.Create(CultureInfo.InvariantCulture, $"ปีงบประมาณ {year}: พร้อมแล้ว {overall.Done} จาก {overall.Total} ข้อ ({overall.Percent}%)"),
                string.Create(CultureInfo.InvariantCulture, $"FY {year}: {overall.Done} of {overall.Total} items ready ({overall.Percent}%)")),
            todos);
    }
}
