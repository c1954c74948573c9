using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Features;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Publishing;

/// <summary>
/// The documents card: drafts and scheduled documents the member may publish, and the departments (the member's own,
/// or all for organization-wide roles) without a manual of this fiscal year.
/// </summary>
public sealed class DocumentsCard(ProngsaiDbContext db, DepartmentManuals manuals, TimeProvider clock) : IDashboardCard
{
    public async Task<DashboardCardView?> BuildAsync(StaffActor actor, CancellationToken cancellationToken)
    {
        if (!actor.Has(PublishingPermissions.PublishDocuments))
        {
            return null;
        }

        var departments = actor.DepartmentIds.ToList();
        var wide = actor.IsOrganizationWide;
        var counts = await db.Documents.AsNoTracking()
            .Where(d => d.Status == DocumentStatus.Draft || d.Status == DocumentStatus.Scheduled)
            .Where(d => wide || (d.DepartmentId != null && departments.Contains(d.DepartmentId.Value)))
            .GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var todos = new List<DashboardToDo>();
        if (counts.FirstOrDefault(c => c.Key == DocumentStatus.Draft)?.Count is > 0 and var drafts)
        {
            todos.Add(new DashboardToDo("ร่างที่ยังไม่เผยแพร่", "Drafts not yet published", drafts, "documents?status=draft"));
        }

        if (counts.FirstOrDefault(c => c.Key == DocumentStatus.Scheduled)?.Count is > 0 and var scheduled)
        {
            todos.Add(new DashboardToDo("ตั้งเวลาเผยแพร่ไว้", "Scheduled", scheduled, "documents?status=scheduled"));
        }

        var year = Calendar.FiscalYear.ForDate(Calendar.BangkokTime.Today(clock)).BeYear;
        var missing = (await manuals.ReadAsync(year, cancellationToken)).Departments
            .Count(d => !d.HasManualThisYear && (wide || departments.Contains(d.DepartmentId)));
        if (missing > 0)
        {
            todos.Add(new DashboardToDo($"ส่วนราชการที่ยังไม่มีคู่มือของปีงบประมาณ {year}", $"Departments without a manual for FY {year}", missing,
                "documents/manuals"));
        }

        return new DashboardCardView(20, "documents", "เอกสารเผยแพร่", "Published documents",
            new DashboardText("คู่มือ แผน ประกาศ และรายงานบนเว็บไซต์ของหน่วยงาน: ร่าง เผยแพร่ ตั้งเวลา ยกเลิก",
                "Manuals, plans, announcements and reports on the organization's website: draft, publish, schedule, withdraw"), todos);
    }
}
