using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Web.Pages.Staff.Operator;

/// <summary>The platform Operator creates organizations and their first OrgAdmin.</summary>
public sealed class OrganizationsModel(ProngsaiDbContext db, CreateOrganization create, StaffAccounts accounts) : PageModel
{
    public IReadOnlyList<Organization> Organizations { get; private set; } = [];

    [BindProperty] public string? Slug { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public OrganizationKind Kind { get; set; } = OrganizationKind.Sao;
    [BindProperty] public string? Province { get; set; }
    [BindProperty] public string? AdminEmail { get; set; }
    [BindProperty] public string? AdminName { get; set; }

    [TempData] public string? Message { get; set; }
    [TempData] public string? AdminPassword { get; set; }

    public async Task OnGetAsync() => Organizations = await db.Organizations.AsNoTracking().OrderBy(o => o.Slug).ToListAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(AdminEmail) || string.IsNullOrWhiteSpace(AdminName))
        {
            ModelState.AddModelError(nameof(AdminEmail), "กรุณาระบุอีเมลและชื่อของผู้ดูแลระบบของหน่วยงาน");
        }

        if (!ModelState.IsValid)
        {
            await OnGetAsync();
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var organization = await create.RunAsync(new CreateOrganizationRequest(Slug ?? "", Name ?? "", Kind, Province));
        if (!organization.Succeeded)
        {
            organization.Errors.ToList().ForEach(e => ModelState.AddModelError(e.Field ?? "", e.Message));
            await OnGetAsync();
            return Page();
        }

        var admin = await accounts.CreateAsync(new CreateStaffRequest(organization.Value!.Id, AdminEmail!, AdminName!, [OrgRole.OrgAdmin]));
        if (!admin.Succeeded)
        {
            await transaction.RollbackAsync();
            db.ChangeTracker.Clear();
            admin.Errors.ToList().ForEach(e => ModelState.AddModelError(e.Field ?? "", e.Message));
            await OnGetAsync();
            return Page();
        }

        await transaction.CommitAsync();
        Message = $"สร้างหน่วยงาน {organization.Value.Name} แล้ว รหัสผ่านครั้งแรกของ {AdminEmail}:";
        AdminPassword = admin.Value!.OneTimePassword;
        return RedirectToPage();
    }
}
