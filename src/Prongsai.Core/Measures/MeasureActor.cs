using Prongsai.Core.Organizations;

namespace Prongsai.Core.Measures;

/// <summary>
/// Who asks a measures use case to act, with their roles and departments in the organization.
/// The web app builds it from the signed-in member; the command line acts as the system.
/// </summary>
public sealed record MeasureActor(string? UserId, string UserName, IReadOnlySet<OrgRole> Roles, IReadOnlySet<int> DepartmentIds)
{
    /// <summary>The command line and the demo seeder: organization-wide rights, including publishing.</summary>
    public static MeasureActor System(string userName = "command-line") =>
        new(null, userName, new HashSet<OrgRole> { OrgRole.OrgAdmin, OrgRole.Executive }, new HashSet<int>());

    public bool Has(Permission permission) => RolePermissions.Allows(Roles, permission);

    /// <summary>Department roles edit only measures of their own departments, or measures of all departments.</summary>
    public bool CanEdit(Measure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return Has(Permission.EditMeasures)
            && (!RolePermissions.EditingIsDepartmentScoped(Roles)
                || measure.AllDepartments
                || measure.Departments.Any(d => DepartmentIds.Contains(d.DepartmentId)));
    }
}
