namespace Prongsai.Core.Organizations;

/// <summary>Roles a staff member can hold within one organization (see docs/permissions.md).</summary>
public enum OrgRole
{
    OrgAdmin = 1,
    Executive = 2,
    DepartmentHead = 3,
    DepartmentStaff = 4,
    ComplaintOfficer = 5,
    Auditor = 6,
}

public static class OrgRoleNames
{
    public static string Thai(this OrgRole role) => role switch
    {
        OrgRole.OrgAdmin => "ผู้ดูแลระบบของหน่วยงาน",
        OrgRole.Executive => "ผู้บริหาร",
        OrgRole.DepartmentHead => "หัวหน้าส่วนราชการ",
        OrgRole.DepartmentStaff => "เจ้าหน้าที่ส่วนราชการ",
        OrgRole.ComplaintOfficer => "เจ้าหน้าที่รับเรื่องร้องเรียน",
        OrgRole.Auditor => "ผู้ตรวจสอบ (อ่านอย่างเดียว)",
        _ => role.ToString(),
    };

    /// <summary>The role's name on English pages (the enum's name is for code and the permissions table).</summary>
    public static string English(this OrgRole role) => role switch
    {
        OrgRole.OrgAdmin => "Organization administrator",
        OrgRole.Executive => "Executive",
        OrgRole.DepartmentHead => "Department head",
        OrgRole.DepartmentStaff => "Department staff",
        OrgRole.ComplaintOfficer => "Complaint officer",
        OrgRole.Auditor => "Auditor (read-only)",
        _ => role.ToString(),
    };
}
