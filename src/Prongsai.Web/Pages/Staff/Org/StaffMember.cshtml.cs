using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Web.Authorization;

namespace Prongsai.Web.Pages.Staff.Org;

[RequirePermissionToChange(Permission.ManageStaff)]
public sealed class StaffMemberModel(ProngsaiDbContext db, StaffAccounts accounts) : StaffPageModel
{
    public string Name { get; private set; } = "";
    public string? Email { get; private set; }

    [BindProperty]
    public StaffForm Form { get; set; } = new();

    [TempData] public string? NewPassword { get; set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id, fillForm: true))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRolesAsync(string id)
    {
        var current = await db.StaffRoles.AsNoTracking().Where(r => r.UserId == id).Select(r => r.Role).ToListAsync();
        var touchesComplaintOfficer = Form.Roles.Contains(OrgRole.ComplaintOfficer) != current.Contains(OrgRole.ComplaintOfficer);
        if (touchesComplaintOfficer && !Member.Has(Permission.GrantComplaintOfficer))
        {
            return Forbid();
        }

        var result = await accounts.SetRolesAsync(Org.Id, id, Form.Roles, Form.DepartmentIds);
        if (!result.Succeeded)
        {
            if (result.Errors[0].Code == "not_found")
            {
                return NotFound();
            }

            AddErrors(result.Errors, nameof(Form));
            await LoadAsync(id, fillForm: false);
            return Page();
        }

        Flash = "บันทึกสิทธิ์แล้ว";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostResetAsync(string id)
    {
        var result = await accounts.ResetPasswordAsync(Org.Id, id);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        NewPassword = result.Value;
        Flash = "ตั้งรหัสผ่านใหม่แล้ว";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id, bool fillForm)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id && u.OrganizationId == Org.Id);
        if (user is null)
        {
            return false;
        }

        Name = user.DisplayName;
        Email = user.Email;
        if (fillForm)
        {
            Form.Roles = await db.StaffRoles.AsNoTracking().Where(r => r.UserId == id).Select(r => r.Role).ToListAsync();
            Form.DepartmentIds = await db.StaffDepartments.AsNoTracking().Where(d => d.UserId == id).Select(d => d.DepartmentId).ToListAsync();
        }

        Form.AllDepartments = await db.Departments.AsNoTracking().OrderBy(d => d.SortOrder).ToListAsync();
        Form.State = ModelState;
        return true;
    }
}
