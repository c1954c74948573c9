using Prongsai.Core.Features;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.ServiceStatistics;

/// <summary>
/// Service statistics (ข้อมูลสถิติการให้บริการ): the services an office counts at its counters, recorded month by month,
/// published per fiscal year beside what Prongsai counts from its own records, with CSV and Excel files.
/// </summary>
public sealed class ServiceStatisticsFeature : IFeature
{
    public void Register(FeatureBuilder feature) => feature
        .DepartmentScopedPermission(ServiceStatisticsPermissions.RecordServiceStatistics,
            "กำหนดบริการที่นับสถิติและบันทึกจำนวนการให้บริการรายเดือน",
            "List the services whose figures are published and record each month's figures",
            OrgRole.OrgAdmin, OrgRole.DepartmentHead, OrgRole.DepartmentStaff)
        .MenuEntry(StaffMenuGroup.Work, 31, "service-statistics", "สถิติการให้บริการ", "Service statistics", OrganizationPermissions.ViewBackOffice)
        .UseCase<ManageCountedServices>()
        .UseCase<RecordServiceCounts>()
        .UseCase<ImportServiceCounts>()
        .UseCase<ServiceStatisticsBoard>()
        .DashboardCard<ServiceStatisticsCard>()
        .EvidenceSource<ServiceStatisticsEvidenceSource>()
        .DemoContent<ServiceStatisticsDemoContent>();
}
