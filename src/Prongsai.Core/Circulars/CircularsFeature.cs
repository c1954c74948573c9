using Prongsai.Core.Features;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Circulars;

/// <summary>Internal circulars (หนังสือเวียน) that staff acknowledge, with the roll of who did as evidence.</summary>
public sealed class CircularsFeature : IFeature
{
    public void Register(FeatureBuilder feature) => feature
        .Permission(CircularsPermissions.IssueCirculars, "ออกหนังสือเวียนถึงบุคลากรและยกเลิกหนังสือเวียน",
            "Issue circulars to staff and withdraw them", OrgRole.OrgAdmin, OrgRole.Executive)
        .Permission(CircularsPermissions.ViewCircularAcknowledgements, "ดูหนังสือเวียนทุกฉบับและรายชื่อผู้รับทราบ",
            "See every circular and who has acknowledged it", OrgRole.OrgAdmin, OrgRole.Executive, OrgRole.Auditor)
        .MenuEntry(StaffMenuGroup.Work, 27, "circulars", "หนังสือเวียน", "Circulars", OrganizationPermissions.ViewBackOffice)
        .UseCase<IssueCircular>()
        .UseCase<AcknowledgeCircular>()
        .UseCase<CancelCircular>()
        .UseCase<CircularBoard>()
        .DashboardCard<CircularsCard>();
}
