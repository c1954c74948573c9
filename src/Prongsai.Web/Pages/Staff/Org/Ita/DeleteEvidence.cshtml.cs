using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Ita;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Ita;

/// <summary>
/// Removing ITA evidence asks first: GET names the evidence and its item and says what will happen (the item's
/// status, 30 days in the trash) and changes nothing; POST moves it to the trash.
/// </summary>
[RequirePermission(ItaPermissions.EditItaEvidence)]
public sealed class DeleteEvidenceModel(EditEvidence edit) : StaffPageModel
{
    [FromRoute]
    public int FiscalYear { get; set; }

    [FromRoute]
    public int ItemId { get; set; }

    [FromRoute]
    public int EvidenceId { get; set; }

    public EvidenceRemoval Removal { get; private set; } = null!;
    public string Back => $"/staff/{Org.Slug}/ita/{FiscalYear}/items/{ItemId}";

    public async Task<IActionResult> OnGetAsync()
    {
        var found = await edit.FindRemovalAsync(Actor, EvidenceId, HttpContext.RequestAborted);
        if (!found.Succeeded)
        {
            return StatusFor(found.Errors) ?? BadRequest();
        }

        // The address names the item and year: evidence of another item is not found here.
        if (found.Value!.Item.Id != ItemId || found.Value.FiscalYear != FiscalYear)
        {
            return NotFound();
        }

        Removal = found.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var found = await OnGetAsync();
        if (found is not PageResult)
        {
            return found;
        }

        var result = await edit.RemoveAsync(Actor, EvidenceId, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return StatusFor(result.Errors) ?? BadRequest();
        }

        Flash = Lang.T($"ย้ายหลักฐาน \"{result.Value!.Title}\" ไปที่ถังขยะแล้ว (กู้คืนได้ภายใน 30 วัน)",
            $"Moved the evidence \"{result.Value!.Title}\" to the trash (it can be restored within 30 days).");
        return Redirect(Back);
    }
}
