namespace Prongsai.Core.Organizations;

/// <summary>
/// The one permission matrix (docs/permissions.md mirrors it; a test keeps them in step).
/// Department-scoped roles get EditMeasures/PublishDocuments only for their own departments;
/// that scope is checked where the measure or document is known.
/// </summary>
public static class RolePermissions
{
    private static readonly Dictionary<OrgRole, Permission[]> Matrix = new()
    {
        [OrgRole.OrgAdmin] =
        [
            Permission.ViewBackOffice, Permission.ManageOrganizationProfile, Permission.ManageDepartments,
            Permission.ManageStaff, Permission.GrantComplaintOfficer, Permission.ManageMeasurePlan,
            Permission.EditMeasures, Permission.RequestPublication, Permission.PublishDocuments,
            Permission.ViewAuditTrail,
        ],
        [OrgRole.Executive] =
        [
            Permission.ViewBackOffice, Permission.ManageMeasurePlan, Permission.EditMeasures,
            Permission.RequestPublication, Permission.ApproveAndPublish, Permission.PublishDocuments,
        ],
        [OrgRole.DepartmentHead] =
        [
            Permission.ViewBackOffice, Permission.EditMeasures, Permission.RequestPublication,
            Permission.PublishDocuments,
        ],
        [OrgRole.DepartmentStaff] =
        [
            Permission.ViewBackOffice, Permission.EditMeasures, Permission.PublishDocuments,
        ],
        [OrgRole.ComplaintOfficer] =
        [
            Permission.ViewBackOffice, Permission.ViewComplainantIdentity,
        ],
        [OrgRole.Auditor] =
        [
            Permission.ViewBackOffice, Permission.ViewAuditTrail,
        ],
    };

    public static IReadOnlyList<Permission> For(OrgRole role) => Matrix.TryGetValue(role, out var p) ? p : [];

    public static bool Allows(IEnumerable<OrgRole> roles, Permission permission) =>
        roles.Any(r => For(r).Contains(permission));

    /// <summary>Roles whose EditMeasures/PublishDocuments reach only their own departments.</summary>
    public static bool IsDepartmentScoped(OrgRole role) => role is OrgRole.DepartmentHead or OrgRole.DepartmentStaff;

    /// <summary>True when none of the roles gives organization-wide editing, so a department check applies.</summary>
    public static bool EditingIsDepartmentScoped(IEnumerable<OrgRole> roles) =>
        !roles.Any(r => r is OrgRole.OrgAdmin or OrgRole.Executive);
}
