using Prongsai.Core.Features;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.AntiCorruption;

/// <summary>The anti-corruption action plan: projects in the commission's four dimensions, approved by the head, reported on twice a year.</summary>
public sealed class AntiCorruptionFeature : IFeature
{
    public void Register(FeatureBuilder feature) => feature
        .DepartmentScopedPermission(PlanPermissions.WriteAntiCorruptionPlan, "จัดทำโครงการในแผนปฏิบัติการป้องกันการทุจริตและรายงานผลการดำเนินการ",
            "Write the anti-corruption plan's projects and report their progress", OrgRole.OrgAdmin, OrgRole.Executive, OrgRole.DepartmentHead)
        .Permission(PlanPermissions.ApproveAntiCorruptionPlan, "อนุมัติและเผยแพร่แผนปฏิบัติการป้องกันการทุจริต",
            "Approve and publish the anti-corruption plan", OrgRole.OrgAdmin, OrgRole.Executive)
        .MenuEntry(StaffMenuGroup.Work, 13, "anti-corruption", "แผนป้องกันการทุจริต", "Anti-corruption plan", OrganizationPermissions.ViewBackOffice)
        .UseCase<SavePlanProject>()
        .UseCase<RemovePlanProject>()
        .UseCase<SetPlanTitle>()
        .UseCase<CopyProjectsFromLastYear>()
        .UseCase<ApproveAntiCorruptionPlan>()
        .UseCase<ReopenAntiCorruptionPlan>()
        .UseCase<ReportProjectProgress>()
        .UseCase<PlanBoard>()
        .DashboardCard<PlanCard>()
        .EvidenceSource<PlanEvidenceSource>()
        .DemoContent<PlanDemoContent>()
        .TrashKind<PlanProjectTrash>();
}
