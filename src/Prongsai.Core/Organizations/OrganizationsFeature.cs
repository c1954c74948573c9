using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Common;
using Prongsai.Core.Features;

namespace Prongsai.Core.Organizations;

/// <summary>The organization, its departments and staff, sign-in and the audit trail.</summary>
public sealed class OrganizationsFeature : IFeature
{
    public void Register(FeatureBuilder feature)
    {
        feature
            .Permission(OrganizationPermissions.ViewBackOffice, "เข้าระบบงานเจ้าหน้าที่และอ่านข้อมูล", "Open the back office and read its pages",
                OrgRole.OrgAdmin, OrgRole.Executive, OrgRole.DepartmentHead, OrgRole.DepartmentStaff, OrgRole.ComplaintOfficer, OrgRole.Auditor)
            .Permission(OrganizationPermissions.ManageOrganizationProfile, "แก้ไขข้อมูลหน่วยงาน", "Edit the organization's profile", OrgRole.OrgAdmin)
            .Permission(OrganizationPermissions.ManageDepartments, "จัดการส่วนราชการ", "Add, rename, remove or retire departments, bring them back", OrgRole.OrgAdmin)
            .Permission(OrganizationPermissions.ManageStaff, "จัดการบัญชีเจ้าหน้าที่และสิทธิ์ (สร้าง กำหนดบทบาท ตั้งรหัสผ่านใหม่ ปิดและเปิดบัญชี)", "Create accounts, set roles, reset passwords, close and reopen accounts", OrgRole.OrgAdmin)
            .Permission(OrganizationPermissions.GrantComplaintOfficer, "มอบบทบาทเจ้าหน้าที่รับเรื่องร้องเรียน",
                "Grant/revoke OrgRole.ComplaintOfficer (audited; OrgAdmins notified)", OrgRole.OrgAdmin)
            .Permission(OrganizationPermissions.ViewAuditTrail, "ดูและส่งออกประวัติการแก้ไข", "Browse and export the audit trail", OrgRole.OrgAdmin, OrgRole.Auditor)
            .Permission(OrganizationPermissions.ViewComplainantIdentity, "เห็นตัวตนผู้ร้องเรียน", "See complainants' identities (PDPA)", OrgRole.ComplaintOfficer);

        feature
            .MenuEntry(StaffMenuGroup.Work, 0, "", "ภาพรวม", "Dashboard", OrganizationPermissions.ViewBackOffice)
            .MenuEntry(StaffMenuGroup.Website, 10, "profile", "ข้อมูลหน่วยงาน", "Profile", OrganizationPermissions.ManageOrganizationProfile)
            .MenuEntry(StaffMenuGroup.Administration, 10, "departments", "ส่วนราชการ", "Departments", OrganizationPermissions.ViewBackOffice)
            .MenuEntry(StaffMenuGroup.Administration, 20, "staff", "เจ้าหน้าที่", "Staff", OrganizationPermissions.ManageStaff)
            .MenuEntry(StaffMenuGroup.Administration, 30, "audit", "ประวัติการแก้ไข", "Audit trail", OrganizationPermissions.ViewAuditTrail);

        feature.UseCase<CreateOrganization>()
            .UseCase<StaffAccounts>()
            .UseCase<SignIn.StaffSignIn>()
            .UseCase<SignIn.SignInGuard>()
            .UseCase<ManageDepartments>()
            .UseCase<StaffNotifications>()
            .UseCase<StaffDirectory>()
            .UseCase<Auditing.Reading.ReadAuditTrail>()
            .UseCase<UpdateOrganizationProfile>()
            .UseCase<HostClaims>()
            .DashboardCard<AdministrationCard>();
        feature.Services.AddScoped<Demo.DemoSeeder>();
        feature.Services.AddSingleton<SignIn.DummyPasswordHash>();
        feature.Services.AddOptions<PlatformHostOptions>().BindConfiguration(PlatformHostOptions.Section)
            .Checked(PlatformHostOptions.Section, rules => rules.Must(nameof(PlatformHostOptions.PublicAddress), o => o.PublicAddressIsValid,
                "ต้องเป็นที่อยู่ http หรือ https ที่ไม่มีอะไรต่อท้ายชื่อโฮสต์ เช่น https://prongsai.example.go.th",
                "must be an http or https address with nothing after the host, such as https://prongsai.example.go.th"));
        feature.Services.AddOptions<OneTimePasswordOptions>().BindConfiguration(OneTimePasswordOptions.Section)
            .Checked(OneTimePasswordOptions.Section, rules => rules.Whole(
                nameof(OneTimePasswordOptions.OneTimePasswordDays), o => o.OneTimePasswordDays, 1, OneTimePasswordOptions.MaxDays));
    }
}
