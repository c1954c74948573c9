using Prongsai.Core.Features;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Finance;

/// <summary>What budget and procurement share: who keeps the data (the finance departments) and who approves it.</summary>
public sealed class FinanceFeature : IFeature
{
    public void Register(FeatureBuilder feature) => feature
        .DepartmentScopedPermission(FinancePermissions.EditFinance, "แก้ไขข้อมูลงบประมาณและการจัดซื้อจัดจ้าง",
            "Edit and import budget and procurement data (department roles: the finance departments only)",
            OrgRole.OrgAdmin, OrgRole.DepartmentHead, OrgRole.DepartmentStaff)
        .Permission(FinancePermissions.PublishFinanceReports, "อนุมัติเผยแพร่แผนและรายงานงบประมาณ/จัดซื้อจัดจ้าง",
            "Approve and publish budget and procurement plans and reports", OrgRole.Executive)
        .Permission(FinancePermissions.ManageFinanceDepartments, "กำหนดส่วนราชการที่ดูแลงบประมาณ",
            "Name the departments that keep budget and procurement data", OrgRole.OrgAdmin)
        .UseCase<FinanceAccess>()
        .UseCase<ManageFinanceDepartments>();
}
