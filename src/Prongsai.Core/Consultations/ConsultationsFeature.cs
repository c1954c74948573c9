using Prongsai.Core.Features;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Consultations;

/// <summary>Public consultations: the office asks for opinions on a draft between two dates, then publishes what it heard and did.</summary>
public sealed class ConsultationsFeature : IFeature
{
    public void Register(FeatureBuilder feature) => feature
        .DepartmentScopedPermission(ConsultationsPermissions.ManageConsultations,
            "เปิดรับฟังความคิดเห็น ดูผู้แสดงความคิดเห็น และเผยแพร่สรุปผล",
            "Hold public consultations, see who gave opinions and publish the summary", OrgRole.OrgAdmin, OrgRole.Executive, OrgRole.DepartmentHead)
        .MenuEntry(StaffMenuGroup.Work, 26, "consultations", "รับฟังความคิดเห็น", "Consultations", OrganizationPermissions.ViewBackOffice)
        .UseCase<SaveConsultation>()
        .UseCase<PublishConsultation>()
        .UseCase<WithdrawConsultation>()
        .UseCase<PublishConsultationSummary>()
        .UseCase<CountOpinion>()
        .UseCase<SubmitOpinion>()
        .UseCase<ConsultationBoard>()
        .UseCase<ConsultationIndexer>()
        .DashboardCard<ConsultationsCard>()
        .EvidenceSource<ConsultationsEvidenceSource>()
        .DemoContent<ConsultationsDemoContent>();
}
