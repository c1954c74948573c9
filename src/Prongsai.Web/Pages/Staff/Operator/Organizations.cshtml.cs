using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Operator;

/// <summary>The platform Operator creates organizations and their first OrgAdmin.</summary>
public sealed class OrganizationsModel(ProngsaiDbContext db, CreateOrganization create, StaffSession session) : PageModel
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

        var actor = await session.GetActorAsync(HttpContext.RequestAborted);
        var created = await create.RunWithAdminAsync(
            actor, new CreateOrganizationRequest(Slug ?? "", Name ?? "", Kind, Province), AdminEmail!, AdminName!, HttpContext.RequestAborted);
        if (!created.Succeeded)
        {
            if (UseCaseErrors.StatusOf(created.Errors) == StatusCodes.Status403Forbidden)
            {
                return Forbid();
            }

            UseCaseErrors.AddToModelState(ModelState, created.Errors);
            await OnGetAsync();
            return Page();
        }

        var organization = created.Value!.Organization;
        var admin = created.Value.Admin;
        Message = $"สร้างหน่วยงาน {organization.Name} แล้ว รหัสผ่านครั้งแรกของ {AdminEmail}:";
        AdminPassword = admin.OneTimePassword;
        return RedirectToPage();
    }
}
