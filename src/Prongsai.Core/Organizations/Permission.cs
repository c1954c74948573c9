namespace Prongsai.Core.Organizations;

/// <summary>What a staff member may do inside their organization. The matrix is in RolePermissions.</summary>
public enum Permission
{
    /// <summary>Open the back office and read its pages.</summary>
    ViewBackOffice = 1,
    ManageOrganizationProfile,
    ManageDepartments,
    ManageStaff,
    /// <summary>Grant or revoke ComplaintOfficer: audited, and every OrgAdmin is told.</summary>
    GrantComplaintOfficer,
    /// <summary>Create the plan, add, remove and reorder measures.</summary>
    ManageMeasurePlan,
    /// <summary>Edit a measure's text, record progress and evidence — limited to own departments for department roles.</summary>
    EditMeasures,
    RequestPublication,
    /// <summary>Approve and publish reports (ผู้บริหาร).</summary>
    ApproveAndPublish,
    /// <summary>Publish documents on the portal — limited to own departments for department roles.</summary>
    PublishDocuments,
    ViewAuditTrail,
    /// <summary>See who complained. Only ComplaintOfficer (PDPA).</summary>
    ViewComplainantIdentity,
}

/// <summary>Platform-wide permissions of the Operator (not tied to one organization).</summary>
public enum PlatformPermission
{
    CreateOrganizations = 1,
}
