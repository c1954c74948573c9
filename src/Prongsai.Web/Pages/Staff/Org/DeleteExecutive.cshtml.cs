using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org;

/// <summary>
/// Deleting an executive asks first: GET names the executive and what will happen (off the public page at once, 30
/// days in the trash with the photo) and changes nothing; POST moves it to the trash.
/// </summary>
[RequirePermission(OrganizationPermissions.ManageOrganizationProfile)]
public sealed class DeleteExecutiveModel(DeleteExecutive delete) : StaffPageModel
{
    [FromRoute]
    public int Id { get; set; }

    public Executive Executive { get; private set; } = null!;
    public string Back => $"/staff/{Org.Slug}/executives";

    public async Task<IActionResult> OnGetAsync()
    {
        var found = await delete.FindAsync(Actor, Id, HttpContext.RequestAborted);
        if (!found.Succeeded)
        {
            return StatusFor(found.Errors) ?? BadRequest();
        }

        Executive = found.Value!;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await delete.RunAsync(Actor, Id, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return StatusFor(result.Errors) ?? BadRequest();
        }

        Flash = Lang.T($"ย้าย \"{result.Value!.Name}\" ไปที่ถังขยะแล้ว (กู้คืนได้ภายใน 30 วัน)",
            $"Moved \"{result.Value!.Name}\" to the trash (it can be restored within 30 days).");
        return Redirect(Back);
    }
}
