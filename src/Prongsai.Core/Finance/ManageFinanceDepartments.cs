using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Finance;

/// <summary>The OrgAdmin names the departments that keep the budget and procurement data (none named: กองคลัง by name).</summary>
public sealed class ManageFinanceDepartments(ProngsaiDbContext db, FinanceAccess access)
{
    /// <summary>Replaces the named finance departments; an empty list goes back to the default by name.</summary>
    public async Task<Result<IReadOnlyList<int>>> SetAsync(StaffActor actor, IReadOnlyCollection<int> departmentIds, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(FinancePermissions.ManageFinanceDepartments) is { } forbidden)
        {
            return forbidden;
        }

        var wanted = departmentIds.Distinct().ToHashSet();
        var known = await db.Departments.InUse().Where(d => wanted.Contains(d.Id)).Select(d => d.Id).ToListAsync(cancellationToken);
        if (known.Count != wanted.Count)
        {
            return Error.Invalid("ไม่พบส่วนราชการที่เลือก", "departments");
        }

        var current = await db.Set<FinanceDepartment>().ToListAsync(cancellationToken);
        db.Set<FinanceDepartment>().RemoveRange(current.Where(c => !wanted.Contains(c.DepartmentId)));
        foreach (var id in wanted.Where(id => current.All(c => c.DepartmentId != id)))
        {
            db.Set<FinanceDepartment>().Add(new FinanceDepartment { DepartmentId = id });
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result<IReadOnlyList<int>>.Ok(await access.DepartmentIdsAsync(cancellationToken));
    }
}
