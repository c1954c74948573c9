using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;

namespace Prongsai.Web.Authorization;

/// <summary>
/// The signed-in staff member as seen by the current organization: their roles and departments
/// there. Loaded once per request. Someone from another organization has no roles here.
/// </summary>
public sealed class StaffSession(IHttpContextAccessor http, ProngsaiDbContext db, ICurrentOrganization organization)
{
    private Membership? membership;

    public sealed record Membership(
        StaffUser? User, IReadOnlySet<OrgRole> Roles, IReadOnlySet<int> DepartmentIds)
    {
        public static readonly Membership None = new(null, new HashSet<OrgRole>(), new HashSet<int>());

        public bool Has(Permission permission) => RolePermissions.Allows(Roles, permission);
        public bool IsMember => Roles.Count > 0;

        /// <summary>Organization-wide editors pass; department roles pass only for their own departments.</summary>
        public bool CanEditForDepartments(bool allDepartments, IEnumerable<int> departmentIds) =>
            Has(Permission.EditMeasures)
            && (!RolePermissions.EditingIsDepartmentScoped(Roles) || allDepartments || departmentIds.Any(DepartmentIds.Contains));
    }

    public string? UserId => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public async Task<Membership> GetAsync(CancellationToken cancellationToken = default)
    {
        if (membership is not null)
        {
            return membership;
        }

        var userId = UserId;
        if (userId is null)
        {
            return membership = Membership.None;
        }

        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        var organizationId = organization.OrganizationId;
        if (user is null || organizationId is null || user.OrganizationId != organizationId)
        {
            return membership = new Membership(user, new HashSet<OrgRole>(), new HashSet<int>());
        }

        var roles = await db.StaffRoles.AsNoTracking().Where(r => r.UserId == userId).Select(r => r.Role).ToListAsync(cancellationToken);
        var departments = await db.StaffDepartments.AsNoTracking().Where(d => d.UserId == userId).Select(d => d.DepartmentId).ToListAsync(cancellationToken);
        return membership = new Membership(user, roles.ToHashSet(), departments.ToHashSet());
    }

    /// <summary>The account itself, whatever organization the request is for (sign-in landing, operator pages).</summary>
    public async Task<StaffUser?> GetUserAsync(CancellationToken cancellationToken = default)
    {
        var userId = UserId;
        return userId is null ? null : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
    }
}
