using Prongsai.Core.Features;

namespace Prongsai.Core.Organizations;

/// <summary>The administration card: departments, staff and the audit trail, for whoever keeps them.</summary>
public sealed class AdministrationCard : IDashboardCard
{
    public Task<DashboardCardView?> BuildAsync(StaffActor actor, CancellationToken cancellationToken)
    {
        var links = new List<DashboardToDo>();
        if (actor.Has(OrganizationPermissions.ManageDepartments))
        {
            links.Add(new DashboardToDo("ส่วนราชการ", "Departments", 0, "departments"));
        }

        if (actor.Has(OrganizationPermissions.ManageStaff))
        {
            links.Add(new DashboardToDo("เจ้าหน้าที่และสิทธิ์", "Staff and permissions", 0, "staff"));
        }

        if (actor.Has(OrganizationPermissions.ViewAuditTrail))
        {
            links.Add(new DashboardToDo("ประวัติการแก้ไข", "Audit trail", 0, "audit"));
        }

        return Task.FromResult(links.Count == 0
            ? null
            : new DashboardCardView(90, links[0].Path, "การดูแลหน่วยงาน", "Administration", null, links));
    }
}
