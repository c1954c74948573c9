using Prongsai.Core.Features;
using Prongsai.Core.Finance;
using Prongsai.Core.Organizations;
using Prongsai.Core.Procurement.Demo;
using Prongsai.Core.Procurement.Import;
using Prongsai.Core.Procurement.Reports;

namespace Prongsai.Core.Procurement;

/// <summary>
/// Procurement as data: the plan with its revisions and the 30-working-day rule, the monthly สขร.1 lines with
/// bidders, contracts and announcements, their import, and the published months and annual report. Permissions are
/// the finance ones (<see cref="FinanceFeature"/>).
/// </summary>
public sealed class ProcurementFeature : IFeature
{
    public void Register(FeatureBuilder feature) => feature
        .MenuEntry(StaffMenuGroup.Work, 35, "procurement", "จัดซื้อจัดจ้าง", "Procurement", OrganizationPermissions.ViewBackOffice)
        .UseCase<ManageProcurementPlan>()
        .UseCase<ManageProcurementRecords>()
        .UseCase<PublishProcurementReports>()
        .UseCase<ImportProcurementRecords>()
        .UseCase<ProcurementYearReader>()
        .SearchIndexer<ProcurementSearchIndexer>()
        .EvidenceSource<ProcurementEvidenceSource>()
        .DashboardCard<ProcurementCard>()
        .TrashKind<ProcurementRecordTrash>()
        .TrashKind<ProcurementPlanItemTrash>()
        .DemoContent<ProcurementDemoContent>();
}
