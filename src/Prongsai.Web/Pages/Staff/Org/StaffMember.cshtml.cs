using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org;

[RefuseUnreadableChoices]
[RequirePermissionToChange(OrganizationPermissions.ManageStaff)]
public sealed class StaffMemberModel(
    ProngsaiDbContext db, StaffAccounts accounts, Microsoft.Extensions.Options.IOptions<OneTimePasswordOptions> oneTimePasswords, TimeProvider clock)
    : StaffPageModel
{
    public string Id { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? Email { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? ClosedBy { get; private set; }

    /// <summary>When the member's one-time password, not yet replaced, stops working (null when there is none).</summary>
    public DateTimeOffset? OneTimePasswordExpiresAt { get; private set; }

    public bool OneTimePasswordExpired { get; private set; }

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
        var result = await accounts.SetRolesAsync(Actor, id, Form.Roles, Form.DepartmentIds, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            if (Refusal(result.Errors, nameof(Form)) is { } refusal)
            {
                return refusal;
            }

            await LoadAsync(id, fillForm: false);
            return Page();
        }

        Flash = Lang.T("บันทึกสิทธิ์แล้ว", "Saved the permissions.");
        return RedirectToPage(new { id });
    }

    /// <summary>Reopens a closed account with the roles chosen on the form, and shows its new one-time password.</summary>
    public async Task<IActionResult> OnPostReopenAsync(string id)
    {
        var result = await accounts.ReopenAsync(Actor, id, Form.Roles, Form.DepartmentIds, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            if (Refusal(result.Errors, nameof(Form)) is { } refusal)
            {
                return refusal;
            }

            await LoadAsync(id, fillForm: false);
            return Page();
        }

        NewPassword = result.Value;
        Flash = Lang.T("เปิดบัญชีอีกครั้งแล้ว แจ้งรหัสผ่านใหม่ด้านล่างแก่เจ้าหน้าที่ (ต้องเปลี่ยนเมื่อเข้าสู่ระบบครั้งแรก)",
            "Reopened the account. Give the staff member the new password below (they must change it when they first sign in).");
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostResetAsync(string id)
    {
        var result = await accounts.ResetPasswordAsync(Actor, id, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            if (StatusFor(result.Errors) is { } status)
            {
                return status;
            }

            // E.g. the account was closed by someone else since this page was opened: say so on the page.
            Flash = result.Errors[0].Message;
            return RedirectToPage(new { id });
        }

        NewPassword = result.Value;
        Flash = Lang.T("ตั้งรหัสผ่านใหม่แล้ว", "Set a new password.");
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id, bool fillForm)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id && u.OrganizationId == Org.Id);
        if (user is null)
        {
            return false;
        }

        Id = user.Id;
        Name = user.DisplayName;
        Email = user.Email;
        ClosedAt = user.ClosedAt;
        ClosedBy = user.ClosedBy;
        OneTimePasswordExpiresAt = oneTimePasswords.Value.ExpiresAt(user);
        OneTimePasswordExpired = oneTimePasswords.Value.HasExpired(user, clock.GetUtcNow());
        if (fillForm)
        {
            Form.Roles = await db.StaffRoles.AsNoTracking().Where(r => r.UserId == id).Select(r => r.Role).ToListAsync();
            Form.DepartmentIds = await db.StaffDepartments.AsNoTracking().Where(d => d.UserId == id).Select(d => d.DepartmentId).ToListAsync();
        }

        // A retired department has no members: its assignments ended with it.
        Form.AllDepartments = await db.Departments.AsNoTracking().InUse().OrderBy(d => d.SortOrder).ToListAsync();
        return true;
    }
}
