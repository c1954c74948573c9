using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Common;
using Prongsai.Core.Features;
using Prongsai.Core.Measures.Demo;
using Prongsai.Core.Measures.Editing;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Measures.Progress;
using Prongsai.Core.Measures.Publishing;
using Prongsai.Core.Measures.Reports;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Measures;

/// <summary>The integrity measures: plan, progress with evidence, approval, frozen report versions.</summary>
public sealed class MeasuresFeature : IFeature
{
    public void Register(FeatureBuilder feature)
    {
        feature
            .Permission(MeasurePermissions.ManageMeasurePlan, "จัดทำแผนมาตรการ", "Create the plan; add, remove, reorder measures", OrgRole.OrgAdmin, OrgRole.Executive)
            .DepartmentScopedPermission(MeasurePermissions.EditMeasures, "แก้ไขมาตรการ บันทึกความก้าวหน้าและหลักฐาน",
                "Edit measures, record progress and evidence (department roles: own departments only)",
                OrgRole.OrgAdmin, OrgRole.Executive, OrgRole.DepartmentHead, OrgRole.DepartmentStaff)
            .Permission(MeasurePermissions.RequestPublication, "ขออนุมัติเผยแพร่", "Ask an OrgRole.Executive to approve and publish", OrgRole.OrgAdmin, OrgRole.Executive, OrgRole.DepartmentHead)
            .Permission(MeasurePermissions.ApproveAndPublish, "อนุมัติและเผยแพร่รายงาน", "Approve and publish reports", OrgRole.Executive);

        feature.MenuEntry(StaffMenuGroup.Work, 10, "measures", "มาตรการ", "Measures", OrganizationPermissions.ViewBackOffice)
            .MenuEntry(StaffMenuGroup.Work, 90, "trash", "ถังขยะ", "Trash", OrganizationPermissions.ViewBackOffice);

        feature.Services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.Section)
            .Checked(ImportOptions.Section, rules => rules.Whole(nameof(ImportOptions.MaxBytes), o => o.MaxBytes, 1, long.MaxValue / 2));
        feature.Services.AddOptions<EvidenceOptions>().BindConfiguration(EvidenceOptions.Section)
            .Checked(EvidenceOptions.Section, rules => rules.Whole(nameof(EvidenceOptions.MaxBytes), o => o.MaxBytes, 1, long.MaxValue / 2));
        feature.UseCase<BuildMeasuresReport>()
            .UseCase<ImportReport>()
            .UseCase<EditMeasures>()
            .UseCase<RecordProgress>()
            .UseCase<CorrectProgress>()
            .UseCase<MeasuresDashboard>()
            .UseCase<MissingEvidence>()
            .UseCase<PublishMeasuresReport>()
            .UseCase<AskForApproval>()
            .UseCase<PublicationPreview>()
            .UseCase<MeasureReportVersions>()
            .SearchIndexer<MeasuresReportIndexer>()
            .LedgerSource<MeasuresReportLedgerSource>()
            .EvidenceSource<MeasuresReportEvidenceSource>()
            .DashboardCard<MeasuresCard>()
            .DemoContent<MeasuresDemoContent>()
            .UseCase<Trash.TrashBin>()
            .Job<Trash.PurgeTrashJob>()
            .TrashKind<MeasureTrash>()
            .TrashKind<MeasureStepTrash>();
    }
}
