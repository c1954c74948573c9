using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Organizations;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Staff.Org;

/// <summary>The organization's public profile and own host names, edited by its OrgAdmin.</summary>
[RefuseUnreadableChoices]
[RequirePermissionToChange(OrganizationPermissions.ManageOrganizationProfile)]
public sealed class ProfileModel(UpdateOrganizationProfile update, OrganizationDirectory directory) : StaffPageModel
{
    [BindProperty]
    public OrganizationProfileInput Input { get; set; } = new();

    public IReadOnlyList<OrganizationHost> Hosts { get; private set; } = [];


    public async Task OnGetAsync()
    {
        Input = await update.LoadAsync(Org.Id) ?? new OrganizationProfileInput();
        Hosts = await update.HostsAsync(Org.Id, HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await update.RunAsync(Actor, Input, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            Hosts = await update.HostsAsync(Org.Id, HttpContext.RequestAborted);
            var refusal = Refusal(result.Errors, nameof(Input));
            if (refusal is null && EditConflicts.Among(result.Errors))
            {
                // What was typed stays in the form, counted as the profile now is.
                Input.EditVersion = (await update.LoadAsync(Org.Id, HttpContext.RequestAborted))?.EditVersion is { } current
                    ? ShowEditConflict(current, $"/staff/{Org.Slug}/profile")
                    : null;
            }
            else if (refusal is null)
            {
                Response.StatusCode = FormState.RefusedStatus(result.Errors);
            }

            return refusal ?? Page();
        }

        directory.Forget(Org.Slug);
        Flash = Lang.T("บันทึกข้อมูลหน่วยงานแล้ว (ชื่อโดเมนที่ขอใหม่จะใช้ได้เมื่อผู้ดูแลแพลตฟอร์มอนุมัติ)",
            "Saved the organization's details (a newly requested domain name works once the platform operator approves it).");
        return RedirectToPage();
    }
}
