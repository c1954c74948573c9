using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;

namespace Prongsai.Core.Organizations;

public sealed record DepartmentInput(string? Name, int? SortOrder = null);

/// <summary>What deleting a department touches, for its confirmation page.</summary>
public sealed record DepartmentDeletion(Department Department, int StaffCount, int MeasureCount);

/// <summary>Add, rename and remove the organization's departments (ส่วนราชการ). Pages, API and command line all come here.</summary>
public sealed class ManageDepartments(ProngsaiDbContext db)
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
        var measures = await db.Set<Measures.MeasureDepartment>().CountAsync(m => m.DepartmentId == id, cancellationToken);
        return new DepartmentDeletion(department, staff, measures);
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

        var order = input.SortOrder ?? (await db.Departments.MaxAsync(d => (int?)d.SortOrder, cancellationToken) ?? 0) + 1;
        var department = new Department { Name = input.Name!.Trim(), SortOrder = order };
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

        department.Name = input.Name!.Trim();
        department.SortOrder = input.SortOrder ?? department.SortOrder;
        await db.SaveChangesAsync(cancellationToken);
        return department;
    }

    public async Task<Result<bool>> DeleteAsync(StaffActor actor, int id, CancellationToken cancellationToken = default)
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

        db.Departments.Remove(department);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<Error?> ValidateAsync(DepartmentInput input, int? id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > MaxNameLength)
        {
            return Error.Invalid("กรุณาระบุชื่อส่วนราชการ (ไม่เกิน 200 ตัวอักษร)", "name");
        }

        var name = input.Name.Trim();
        return await db.Departments.AnyAsync(d => d.Name == name && d.Id != id, cancellationToken)
            ? Error.Conflict("มีส่วนราชการชื่อนี้อยู่แล้ว", "name")
            : null;
    }
}
