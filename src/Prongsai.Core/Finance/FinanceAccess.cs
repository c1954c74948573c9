using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Finance;

/// <summary>
/// The finance departments' rule: budget and procurement data is kept by กองคลัง. The departments the OrgAdmin named
/// count; until they name any, every department whose name contains "คลัง" (กองคลัง, ส่วนการคลัง) does.
/// Organization-wide roles with the permission are not limited to departments.
/// </summary>
public sealed class FinanceAccess(ProngsaiDbContext db)
{
    public const string DefaultNameMarker = "คลัง";

    /// <summary>Forbidden unless the actor may edit finance data: the permission, and a finance department or an organization-wide role.</summary>
    public Task<Error?> CheckEditAsync(StaffActor actor, CancellationToken cancellationToken = default) =>
        CheckAsync(actor, FinancePermissions.EditFinance, cancellationToken);

    /// <summary>
    /// Forbidden unless the actor holds <paramref name="permission"/> organization-wide or in a finance department: the
    /// rule of every kind of data the finance departments keep (budget, procurement, the property register).
    /// </summary>
    public async Task<Error?> CheckAsync(StaffActor actor, string permission, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(permission) is { } forbidden)
        {
            return forbidden;
        }

        if (actor.IsOrganizationWide)
        {
            return null;
        }

        var departments = await DepartmentIdsAsync(cancellationToken);
        return departments.Any(actor.DepartmentIds.Contains) ? null : Error.Forbidden();
    }

    /// <summary>Whether the actor may edit finance data (for showing or hiding the edit buttons).</summary>
    public async Task<bool> CanEditAsync(StaffActor actor, CancellationToken cancellationToken = default) =>
        await CheckEditAsync(actor, cancellationToken) is null;

    /// <summary>The finance departments of the current organization: the named ones, or the default by name.</summary>
    public async Task<IReadOnlyList<int>> DepartmentIdsAsync(CancellationToken cancellationToken = default)
    {
        var named = await db.Set<FinanceDepartment>().AsNoTracking().Select(f => f.DepartmentId).ToListAsync(cancellationToken);
        if (named.Count > 0)
        {
            return named;
        }

        return await db.Departments.AsNoTracking().InUse().Where(d => d.Name.Contains(DefaultNameMarker)).Select(d => d.Id).ToListAsync(cancellationToken);
    }
}
