using Prongsai.Core.Common;
using Prongsai.Core.Features;

namespace Prongsai.Core.Organizations;

/// <summary>
/// Who asks a use case to act: the account, the organization they act in, their roles and departments there.
/// Every write use case takes one and checks its own permission with it; the web app builds it from the
/// signed-in member of the request's organization, the command line acts as <see cref="System"/>.
/// </summary>
public sealed record StaffActor(
    string? UserId, string UserName, int? OrganizationId, IReadOnlySet<OrgRole> Roles, IReadOnlySet<int> DepartmentIds,
    bool IsOperator = false)
{
    /// <summary>Nobody: no roles anywhere.</summary>
    public static StaffActor Anonymous { get; } = new(null, "anonymous", null, new HashSet<OrgRole>(), new HashSet<int>());

    /// <summary>The command line and the demo seeder: organization-wide rights, publishing included.</summary>
    public static StaffActor System(string userName = "command-line", int? organizationId = null) =>
        new(null, userName, organizationId, new HashSet<OrgRole> { OrgRole.OrgAdmin, OrgRole.Executive }, new HashSet<int>());

    /// <summary>The platform Operator acting from the command line (creates organizations, nothing inside them).</summary>
    public static StaffActor PlatformOperator(string userName = "command-line") =>
        new(null, userName, null, new HashSet<OrgRole>(), new HashSet<int>(), IsOperator: true);

    private readonly string? auditName;

    /// <summary>
    /// The name the audit trail records for this actor: the member's sign-in name, as in the entries written for every
    /// saved row, since <see cref="UserName"/> is the display name, which is neither unique nor fixed.
    /// </summary>
    public string AuditName { get => auditName ?? UserName; init => auditName = value; }

    public bool IsMember => Roles.Count > 0;

    public bool Has(string permission) => FeatureRegistry.Current.Allows(Roles, permission);

    /// <summary>A forbidden error when the actor lacks the permission, else null: <c>if (actor.Lacks(P) is { } e) return e;</c></summary>
    public Error? Lacks(string permission) => Has(permission) ? null : Error.Forbidden();

    /// <summary>Organization-wide roles (OrgAdmin, Executive) are not limited to their departments.</summary>
    public bool IsOrganizationWide => Roles.Contains(OrgRole.OrgAdmin) || Roles.Contains(OrgRole.Executive);

    /// <summary>
    /// A department-scoped permission for an item of these departments: organization-wide roles everywhere,
    /// department roles only for their own departments or items of all departments.
    /// </summary>
    public bool HasFor(string permission, bool allDepartments, IEnumerable<int> departmentIds) =>
        Has(permission) && (IsOrganizationWide || allDepartments || departmentIds.Any(DepartmentIds.Contains));

    /// <summary>The same for an item of one department (null: an item of the whole organization).</summary>
    public bool HasFor(string permission, int? departmentId) =>
        Has(permission) && (IsOrganizationWide || (departmentId is { } id && DepartmentIds.Contains(id)));
}
