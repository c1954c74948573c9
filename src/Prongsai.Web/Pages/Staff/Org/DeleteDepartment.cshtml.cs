using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Organizations;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org;

/// <summary>
/// Removing a department asks first: GET names it, what it touches and whether it will be deleted or retired, and changes
/// nothing; POST deletes it, or retires it when records name it.
/// </summary>
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

        Flash = deleted.Value == DepartmentRemoval.Retired
            ? Lang.T("เลิกใช้ส่วนราชการแล้ว ข้อมูลเดิมยังแสดงชื่อนี้", "Retired the department; existing records still show its name.")
            : Lang.T("ลบส่วนราชการแล้ว", "Deleted the department.");
        return Redirect($"/staff/{Org.Slug}/departments");
    }
}
