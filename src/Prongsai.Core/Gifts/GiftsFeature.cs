using Prongsai.Core.Features;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Gifts;

/// <summary>Gifts received by staff (No Gift Policy): reports, the head's decision, and the yearly report on the website.</summary>
public sealed class GiftsFeature : IFeature
{
    public void Register(FeatureBuilder feature) => feature
        .Permission(GiftsPermissions.ReportGifts, "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดของตนเอง",
            "Report gifts or other benefits one has received",
            OrgRole.OrgAdmin, OrgRole.Executive, OrgRole.DepartmentHead, OrgRole.DepartmentStaff, OrgRole.ComplaintOfficer)
        .Permission(GiftsPermissions.DecideGifts, "พิจารณารายงานการรับทรัพย์สินหรือประโยชน์อื่นใด (ยกเว้นของตนเอง)",
            "Decide on gift reports (never one's own)", OrgRole.OrgAdmin, OrgRole.Executive)
        .Permission(GiftsPermissions.ViewGiftRegister, "ดูรายงานการรับทรัพย์สินทั้งหมดและดาวน์โหลดทะเบียน",
            "See every gift report and download the register", OrgRole.OrgAdmin, OrgRole.Executive, OrgRole.Auditor)
        .MenuEntry(StaffMenuGroup.Work, 29, "gifts", "การรับของขวัญ", "Gifts received", OrganizationPermissions.ViewBackOffice)
        .UseCase<ReportGift>()
        .UseCase<DecideGift>()
        .UseCase<WithdrawGiftReport>()
        .UseCase<SettleGift>()
        .UseCase<GiftBoard>()
        .DashboardCard<GiftsCard>()
        .EvidenceSource<GiftsEvidenceSource>()
        .DemoContent<GiftsDemoContent>();
}
