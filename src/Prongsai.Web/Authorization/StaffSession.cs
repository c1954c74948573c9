using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;

namespace Prongsai.Web.Authorization;

/// <summary>
/// The signed-in staff member as the current organization sees them: a <see cref="StaffActor"/> with their roles
/// and departments there, loaded once per request. Someone from another organization has no roles here.
/// </summary>
public sealed class StaffSession(
    IHttpContextAccessor http, ProngsaiDbContext db, ICurrentOrganization organization, IOptions<IdentityOptions> identity)
{
    private StaffActor? actor;
    private StaffUser? user;
    private bool userLoaded;

    public string? UserId => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>Who acts in this request, for every use case it calls.</summary>
    public async Task<StaffActor> GetActorAsync(CancellationToken cancellationToken = default)
    {
        if (actor is not null)
        {
            return actor;
        }

        var account = await GetUserAsync(cancellationToken);
        if (account is null)
        {
            return actor = StaffActor.Anonymous;
        }

        var name = string.IsNullOrWhiteSpace(account.DisplayName) ? account.Email ?? account.Id : account.DisplayName;
        var organizationId = organization.OrganizationId;
        if (organizationId is null || account.OrganizationId != organizationId)
        {
            return actor = new StaffActor(account.Id, name, organizationId, new HashSet<OrgRole>(), new HashSet<int>(), account.IsOperator)
            { AuditName = account.UserName ?? name };
        }

        var roles = await db.StaffRoles.AsNoTracking().Where(r => r.UserId == account.Id).Select(r => r.Role).ToListAsync(cancellationToken);
        var departments = await db.StaffDepartments.AsNoTracking().Where(d => d.UserId == account.Id).Select(d => d.DepartmentId).ToListAsync(cancellationToken);
        return actor = new StaffActor(account.Id, name, organizationId, roles.ToHashSet(), departments.ToHashSet(), account.IsOperator)
            { AuditName = account.UserName ?? name };
    }

    /// <summary>The account itself, whatever organization the request is for (sign-in landing, operator pages).</summary>
    public Task<StaffUser?> GetUserAsync(CancellationToken cancellationToken = default) =>
        LoadAsync(http.HttpContext?.User, cancellationToken);

    /// <summary>
    /// The account of a sign-in cookie being read, before the request has a user: null when the account is closed or
    /// the cookie's security stamp is not the account's (signed out, closed, reopened, password reset), and the cookie
    /// is then refused as if absent. The account found is kept for the rest of the request.
    /// </summary>
    public Task<StaffUser?> ValidateAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default) =>
        LoadAsync(principal, cancellationToken);

    private async Task<StaffUser?> LoadAsync(ClaimsPrincipal? principal, CancellationToken cancellationToken)
    {
        if (!userLoaded)
        {
            var userId = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
            // A closed account is nobody, even with a sign-in cookie issued before it was closed; so is a cookie
            // issued before the account's security stamp last changed (closed and reopened, password reset by an
            // administrator), at once rather than at the cookie validator's next minute.
            var found = userId is null ? null
                : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId && u.ClosedAt == null, cancellationToken);
            var stamp = principal?.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
            user = found is not null && string.Equals(stamp, found.SecurityStamp, StringComparison.Ordinal) ? found : null;
            userLoaded = true;
        }

        return user;
    }
}
