using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org;

/// <summary>
/// Closing a staff account asks first: GET names the person and says what will happen (no sign-in, no roles, the name
/// stays on past work, it can be reopened) and changes nothing; POST closes it, with an optional reason for the trail.
/// </summary>
[RequirePermission(OrganizationPermissions.ManageStaff)]
public sealed class CloseStaffAccountModel(ProngsaiDbContext db, StaffAccounts accounts) : StaffPageModel
{
    [FromRoute] public string Id { get; set; } = "";
    [BindProperty] public string? Reason { get; set; }

    public string Name { get; private set; } = "";
    public IReadOnlyList<OrgRole> Roles { get; private set; } = [];
    public string MemberUrl => $"/staff/{Org.Slug}/staff/{Uri.EscapeDataString(Id)}";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await accounts.CloseAsync(Actor, Id, Reason, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Flash = Lang.T($"ปิดบัญชีของ {result.Value!.DisplayName} แล้ว", $"Closed the account of {result.Value!.DisplayName}.");
            return Redirect(MemberUrl);
        }

        if (Refusal(result.Errors) is { } refusal)
        {
            return refusal;
        }

        if (await LoadAsync() is { } gone)
        {
            return gone;
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == Id && u.OrganizationId == Org.Id, HttpContext.RequestAborted);
        if (user is null)
        {
            return NotFound();
        }

        if (user.ClosedAt is not null)
        {
            return Redirect(MemberUrl);
        }

        Name = user.DisplayName;
        Roles = await db.StaffRoles.AsNoTracking().Where(r => r.UserId == Id).Select(r => r.Role).Order().ToListAsync(HttpContext.RequestAborted);
        return null;
    }
}
