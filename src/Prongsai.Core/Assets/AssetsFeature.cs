using Prongsai.Core.Features;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Assets;

/// <summary>Government property (ทรัพย์สินของทางราชการ): the register, requests to borrow, approval and return.</summary>
public sealed class AssetsFeature : IFeature
{
    public void Register(FeatureBuilder feature) => feature
        .DepartmentScopedPermission(AssetsPermissions.ManageAssets, "ดูแลทะเบียนทรัพย์สิน บันทึกการยืมของบุคคลภายนอกและการคืน",
            "Keep the property register, record outside borrowers' requests and returns (department roles: the finance departments only)",
            OrgRole.OrgAdmin, OrgRole.DepartmentHead, OrgRole.DepartmentStaff)
        .Permission(AssetsPermissions.ApproveAssetLoans, "อนุมัติหรือไม่อนุมัติการยืมทรัพย์สิน (ยกเว้นที่ตนยืมหรือบันทึกคำขอเอง)",
            "Approve or refuse loans of property (never one they borrow or recorded)", OrgRole.OrgAdmin, OrgRole.Executive)
        .Permission(AssetsPermissions.BorrowAssets, "ขอยืมทรัพย์สินของทางราชการไปใช้ในงาน",
            "Ask to borrow property for official work",
            OrgRole.OrgAdmin, OrgRole.Executive, OrgRole.DepartmentHead, OrgRole.DepartmentStaff, OrgRole.ComplaintOfficer)
        .Permission(AssetsPermissions.ViewAssetLoans, "ดูรายการยืมทรัพย์สินทั้งหมดและดาวน์โหลดทะเบียนคุมการยืม",
            "See every loan and download the loan register", OrgRole.OrgAdmin, OrgRole.Executive, OrgRole.Auditor)
        .MenuEntry(StaffMenuGroup.Work, 28, "assets", "ทรัพย์สินและการยืม", "Property and loans", OrganizationPermissions.ViewBackOffice)
        .UseCase<AssetKeepers>()
        .UseCase<AssetAvailability>()
        .UseCase<ManageAssetRegister>()
        .UseCase<ImportAssetRegister>()
        .UseCase<AssetRegisterTable>()
        .UseCase<RequestAssetLoan>()
        .UseCase<RequestAssetLoanOnline>()
        .UseCase<FollowAssetLoanOnline>()
        .UseCase<WithdrawAssetLoanOnline>()
        .UseCase<DecideAssetLoan>()
        .UseCase<WithdrawAssetLoan>()
        .UseCase<RecordAssetReturn>()
        .UseCase<AssetBoard>()
        .DashboardCard<AssetsCard>()
        .DemoContent<AssetsDemoContent>();
}
