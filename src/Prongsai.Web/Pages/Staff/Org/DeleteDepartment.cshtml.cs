using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Organizations;

namespace Prongsai.Web.Pages.Staff.Org;

/// <summary>Deleting a department asks first: GET names it and what it touches and changes nothing; POST deletes.</summary>
public sealed class DeleteDepartmentModel(ManageDepartments departments) : StaffPageModel
{
    [FromRoute]
    public int Id { get; set; }

    public DepartmentDeletion Deletion { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var deletion = await departments.DeletionAsync(Actor, Id, HttpContext.RequestAborted);
        if (!deletion.Succeeded)
        {
            return StatusFor(deletion.Errors) ?? BadRequest();
        }

        Deletion = deletion.Value!;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var deleted = await departments.DeleteAsync(Actor, Id, HttpContext.RequestAborted);
        if (!deleted.Succeeded)
        {
            if (StatusFor(deleted.Errors) is { } refusal)
            {
                return refusal;
            }

            AddErrors(deleted.Errors);
            return await OnGetAsync();
        }

        Flash = "ลบส่วนราชการแล้ว";
        return Redirect($"/staff/{Org.Slug}/departments");
    }
}
