using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;

namespace Prongsai.Core.Organizations;

public sealed record DepartmentInput(string? Name, int? SortOrder = null);

/// <summary>What removing a department touches, for its confirmation page: records name it, so it is retired instead.</summary>
public sealed record DepartmentDeletion(Department Department, int StaffCount, int RecordCount, int RequestTypeCount)
{
    public bool Retires => RecordCount > 0;
}

/// <summary>What removing a department did.</summary>
public enum DepartmentRemoval
{
    /// <summary>Nothing named it: it is gone.</summary>
    Deleted = 1,

    /// <summary>Records name it: they keep it, and no new entry can choose it.</summary>
    Retired = 2,
}

/// <summary>
/// Add, rename, remove and bring back the organization's departments (ส่วนราชการ). Pages, API and command line all come
/// here. Offices reorganize: a department that records name is retired (เลิกใช้), never deleted, because deleting it would
/// take the responsible department off last year's published measures, procurement and reports.
/// </summary>
public sealed class ManageDepartments(ProngsaiDbContext db, TimeProvider clock)
{
    public const int MaxNameLength = 200;

    public async Task<IReadOnlyList<Department>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Departments.AsNoTracking().OrderBy(d => d.SortOrder).ThenBy(d => d.Id).ToListAsync(cancellationToken);

    /// <summary>The department and how many staff and measures name it, when the actor may delete it.</summary>
    public async Task<Result<DepartmentDeletion>> DeletionAsync(StaffActor actor, int id, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(OrganizationPermissions.ManageDepartments) is { } forbidden)
        {
            return forbidden;
        }

        var department = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (department is null)
        {
            return Error.NotFound("ไม่พบส่วนราชการ");
        }

        var staff = await db.Set<StaffDepartment>().CountAsync(s => s.DepartmentId == id, cancellationToken);
        var requestTypes = await db.Set<Requests.RequestType>().CountAsync(t => t.HandlingDepartmentId == id, cancellationToken);
        return new DepartmentDeletion(department, staff, await DepartmentRecords.CountAsync(db, id, cancellationToken), requestTypes);
    }

    public async Task<Result<Department>> AddAsync(StaffActor actor, DepartmentInput input, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(OrganizationPermissions.ManageDepartments) is { } forbidden)
        {
            return forbidden;
        }

        if (await ValidateAsync(input, null, cancellationToken) is { } problem)
        {
            return problem;
        }

        // After the last, and never past the bound (an older order, from before it, may be anything).
        var order = input.SortOrder ?? (int)Math.Clamp((await db.Departments.MaxAsync(d => (int?)d.SortOrder, cancellationToken) ?? 0) + 1L, 0L, MaxSortOrder);
        var department = new Department { Name = Text.NameText.Normalize(input.Name), SortOrder = order };
        db.Departments.Add(department);
        await db.SaveChangesAsync(cancellationToken);
        return department;
    }

    public async Task<Result<Department>> UpdateAsync(StaffActor actor, int id, DepartmentInput input, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(OrganizationPermissions.ManageDepartments) is { } forbidden)
        {
            return forbidden;
        }

        var department = await db.Departments.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (department is null)
        {
            return Error.NotFound("ไม่พบส่วนราชการ");
        }

        if (await ValidateAsync(input, id, cancellationToken) is { } problem)
        {
            return problem;
        }

        department.Name = Text.NameText.Normalize(input.Name);
        department.SortOrder = input.SortOrder ?? department.SortOrder;
        await db.SaveChangesAsync(cancellationToken);
        return department;
    }

    /// <summary>
    /// Deletes the department when nothing names it; otherwise retires it. Either way its staff and finance assignments end,
    /// and the request types it handled go back to the office's screening, as the confirmation page says.
    /// </summary>
    public async Task<Result<DepartmentRemoval>> DeleteAsync(StaffActor actor, int id, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(OrganizationPermissions.ManageDepartments) is { } forbidden)
        {
            return forbidden;
        }

        var department = await db.Departments.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (department is null)
        {
            return Error.NotFound("ไม่พบส่วนราชการ");
        }

        if (await DepartmentRecords.CountAsync(db, id, cancellationToken) == 0)
        {
            db.Departments.Remove(department);
            await db.SaveChangesAsync(cancellationToken);
            return DepartmentRemoval.Deleted;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        department.RetiredAt ??= clock.GetUtcNow();
        db.RemoveRange(await db.Set<StaffDepartment>().Where(s => s.DepartmentId == id).ToListAsync(cancellationToken));
        db.RemoveRange(await db.Set<Finance.FinanceDepartment>().Where(f => f.DepartmentId == id).ToListAsync(cancellationToken));

        // New requests must not be routed to a unit that no longer works: their types go back to the office's screening.
        foreach (var type in await db.Set<Requests.RequestType>().Where(t => t.HandlingDepartmentId == id).ToListAsync(cancellationToken))
        {
            type.HandlingDepartmentId = null;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return DepartmentRemoval.Retired;
    }

    /// <summary>Brings a retired department back into use (a reorganization undone, or retired by mistake).</summary>
    public async Task<Result<Department>> RestoreAsync(StaffActor actor, int id, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(OrganizationPermissions.ManageDepartments) is { } forbidden)
        {
            return forbidden;
        }

        var department = await db.Departments.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (department is null)
        {
            return Error.NotFound("ไม่พบส่วนราชการ");
        }

        department.RetiredAt = null;
        await db.SaveChangesAsync(cancellationToken);
        return department;
    }

    /// <summary>The largest order a department may be given: far more than any office has departments.</summary>
    public const int MaxSortOrder = 10_000;

    private async Task<Error?> ValidateAsync(DepartmentInput input, int? id, CancellationToken cancellationToken)
    {
        if (Text.NameText.Normalize(input.Name) is not { Length: > 0 and <= MaxNameLength })
        {
            return Error.Invalid("กรุณาระบุชื่อส่วนราชการ (ไม่เกิน 200 ตัวอักษร)", "name");
        }

        if (input.SortOrder is < 0 or > MaxSortOrder)
        {
            return Error.Invalid($"ลำดับต้องเป็นเลข 0 ถึง {MaxSortOrder:N0}", "sortOrder");
        }

        var name = Text.NameText.Normalize(input.Name);
        var same = await db.Departments.Where(d => d.Name == name && d.Id != id).Select(d => new { d.RetiredAt }).FirstOrDefaultAsync(cancellationToken);
        return same switch
        {
            null => null,
            { RetiredAt: null } => Error.Conflict("มีส่วนราชการชื่อนี้อยู่แล้ว", "name"),
            _ => Error.Conflict("มีส่วนราชการชื่อนี้ที่เลิกใช้แล้ว กด \"กลับมาใช้\" ที่รายการส่วนราชการที่เลิกใช้แทนการเพิ่มใหม่", "name"),
        };
    }
}
