using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org;

[RefuseUnreadableChoices]
public sealed class StaffListModel(
    ProngsaiDbContext db, StaffAccounts accounts, Microsoft.Extensions.Options.IOptions<OneTimePasswordOptions> oneTimePasswords, TimeProvider clock)
    : StaffPageModel
{
    /// <param name="OneTimePasswordExpiresAt">When the member's one-time password, not yet replaced, stops working.</param>
    public sealed record Row(
        string Id, string Name, string? Email, IReadOnlyList<OrgRole> Roles, IReadOnlyList<string> Departments, bool Closed,
        DateTimeOffset? OneTimePasswordExpiresAt = null);

    public DateTimeOffset Now { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool CanManage => Actor.Has(OrganizationPermissions.ManageStaff);

    [BindProperty]
    public StaffForm Form { get; set; } = new();

    [TempData] public string? NewPassword { get; set; }
    [TempData] public string? NewPasswordFor { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await accounts.CreateAsync(Actor, new CreateStaffRequest(
            Org.Id, Form.Email ?? "", Form.DisplayName ?? "", Form.Roles, Form.DepartmentIds), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            if (Refusal(result.Errors, nameof(Form)) is { } refusal)
            {
                return refusal;
            }

            await LoadAsync();
            return Page();
        }

        NewPassword = result.Value!.OneTimePassword;
        NewPasswordFor = result.Value.User.Email;
        Flash = Lang.T("สร้างบัญชีแล้ว", "Created the account.");
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var users = await db.Users.AsNoTracking().Where(u => u.OrganizationId == Org.Id)
            .Select(u => new { u.Id, u.DisplayName, u.Email, Closed = u.ClosedAt != null, u.MustChangePassword, u.OneTimePasswordIssuedAt }).ToListAsync();
        var roles = await db.StaffRoles.AsNoTracking().ToListAsync();
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.SortOrder).ToListAsync();
        var memberships = await db.StaffDepartments.AsNoTracking().ToListAsync();
        var names = departments.ToDictionary(d => d.Id, d => d.Name);

        Rows = users
            .Select(u => new Row(u.Id, u.DisplayName, u.Email,
                roles.Where(r => r.UserId == u.Id).Select(r => r.Role).Order().ToList(),
                memberships.Where(m => m.UserId == u.Id).Select(m => names.GetValueOrDefault(m.DepartmentId, "?")).ToList(), u.Closed,
                u.Closed ? null : oneTimePasswords.Value.ExpiresAt(new StaffUser
                {
                    DisplayName = u.DisplayName, MustChangePassword = u.MustChangePassword, OneTimePasswordIssuedAt = u.OneTimePasswordIssuedAt,
                })))
            // Closed accounts (people who left) go to the end, so the list reads as the office today.
            .OrderBy(r => r.Closed).ThenBy(r => r.Name, Prongsai.Core.Calendar.ThaiCollation.Comparer)
            .ToList();
        Now = clock.GetUtcNow();
        Form.ForCreate = true;
        Form.AllDepartments = departments;
    }
}
