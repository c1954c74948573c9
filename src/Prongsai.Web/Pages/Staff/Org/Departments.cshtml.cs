using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Web.Pages.Staff.Org;

public sealed class DepartmentsModel(ProngsaiDbContext db) : StaffPageModel
{
    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public bool CanManage => Member.Has(Permission.ManageDepartments);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync(string? name)
    {
        if (!CanManage)
        {
            return Forbid();
        }

        if (await ValidateNameAsync(name, null))
        {
            var order = (await db.Departments.MaxAsync(d => (int?)d.SortOrder) ?? 0) + 1;
            db.Departments.Add(new Department { Name = name!.Trim(), SortOrder = order });
            await db.SaveChangesAsync();
            Flash = "เพิ่มส่วนราชการแล้ว";
            return RedirectToPage();
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRenameAsync(int id, string? name)
    {
        if (!CanManage)
        {
            return Forbid();
        }

        var department = await db.Departments.FirstOrDefaultAsync(d => d.Id == id);
        if (department is null)
        {
            return NotFound();
        }

        if (await ValidateNameAsync(name, id))
        {
            department.Name = name!.Trim();
            await db.SaveChangesAsync();
            Flash = "บันทึกชื่อแล้ว";
            return RedirectToPage();
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        if (!CanManage)
        {
            return Forbid();
        }

        var department = await db.Departments.FirstOrDefaultAsync(d => d.Id == id);
        if (department is null)
        {
            return NotFound();
        }

        db.Departments.Remove(department);
        await db.SaveChangesAsync();
        Flash = "ลบส่วนราชการแล้ว";
        return RedirectToPage();
    }

    private async Task<bool> ValidateNameAsync(string? name, int? id)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200)
        {
            ModelState.AddModelError("name", "กรุณาระบุชื่อส่วนราชการ (ไม่เกิน 200 ตัวอักษร)");
            return false;
        }

        var trimmed = name.Trim();
        if (await db.Departments.AnyAsync(d => d.Name == trimmed && d.Id != id))
        {
            ModelState.AddModelError("name", "มีส่วนราชการชื่อนี้อยู่แล้ว");
            return false;
        }

        return true;
    }

    private async Task LoadAsync() =>
        Departments = await db.Departments.AsNoTracking().OrderBy(d => d.SortOrder).ThenBy(d => d.Id).ToListAsync();
}
