namespace Prongsai.Core.Organizations;

/// <summary>Permissions of the organization itself: the back office, profile, departments, staff, audit trail.</summary>
public static class OrganizationPermissions
{
    /// <summary>Open the back office and read its pages.</summary>
    public const string ViewBackOffice = "ViewBackOffice";
    public const string ManageOrganizationProfile = "ManageOrganizationProfile";
    public const string ManageDepartments = "ManageDepartments";
    public const string ManageStaff = "ManageStaff";
    /// <summary>Grant or revoke ComplaintOfficer: audited, and every OrgAdmin is told.</summary>
    public const string GrantComplaintOfficer = "GrantComplaintOfficer";
    public const string ViewAuditTrail = "ViewAuditTrail";
    /// <summary>See who complained. Only ComplaintOfficer (PDPA).</summary>
    public const string ViewComplainantIdentity = "ViewComplainantIdentity";
}

/// <summary>Platform-wide permissions of the Operator (not tied to one organization).</summary>
public enum PlatformPermission
{
    CreateOrganizations = 1,
}
