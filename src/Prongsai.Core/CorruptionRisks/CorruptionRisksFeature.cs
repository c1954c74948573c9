using Prongsai.Core.Features;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.CorruptionRisks;

/// <summary>The corruption risk assessment: risks scored by the working group, approved by the head, reported on twice a year.</summary>
public sealed class CorruptionRisksFeature : IFeature
{
    public void Register(FeatureBuilder feature) => feature
        .DepartmentScopedPermission(RisksPermissions.AssessRisks, "ประเมินความเสี่ยงการทุจริตและรายงานผลการจัดการความเสี่ยง",
            "Assess corruption risks and report on their measures", OrgRole.OrgAdmin, OrgRole.Executive, OrgRole.DepartmentHead)
        .Permission(RisksPermissions.ApproveRiskAssessment, "อนุมัติและเผยแพร่ผลการประเมินความเสี่ยงการทุจริต",
            "Approve and publish the corruption risk assessment", OrgRole.OrgAdmin, OrgRole.Executive)
        .MenuEntry(StaffMenuGroup.Work, 12, "risks", "ความเสี่ยงการทุจริต", "Corruption risks", OrganizationPermissions.ViewBackOffice)
        .UseCase<SaveCorruptionRisk>()
        .UseCase<RemoveCorruptionRisk>()
        .UseCase<ApproveRiskAssessment>()
        .UseCase<ReopenRiskAssessment>()
        .UseCase<RecordRiskFollowUp>()
        .UseCase<RiskBoard>()
        .DashboardCard<RisksCard>()
        .EvidenceSource<RisksEvidenceSource>()
        .DemoContent<RisksDemoContent>()
        .TrashKind<CorruptionRiskTrash>();
}
