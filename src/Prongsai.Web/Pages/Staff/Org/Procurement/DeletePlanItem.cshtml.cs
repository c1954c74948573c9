using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Finance;
using Prongsai.Core.Procurement;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Procurement;

/// <summary>Removing a plan item asks first; published revisions keep it.</summary>
[RequirePermissionToChange(FinancePermissions.EditFinance)]
public sealed class DeletePlanItemModel(ManageProcurementPlan plans, FinanceAccess access) : StaffPageModel
{
    [FromRoute] public int FiscalYear { get; set; }
    [FromRoute] public int Id { get; set; }

    public ProcurementPlanItem Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        // A confirmation page of a write: shown only to those who may make it.
        if (!await access.CanEditAsync(Actor, HttpContext.RequestAborted))
        {
            return Forbid();
        }

        var item = await plans.FindItemAsync(Id, HttpContext.RequestAborted);
        if (item is null)
        {
            return NotFound();
        }

        Item = item;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await plans.RemoveItemAsync(Actor, Id, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return StatusFor(result.Errors) ?? await OnGetAsync();
        }

        Flash = Lang.T("ย้ายรายการออกจากแผน (ฉบับทำงาน) ไปถังขยะแล้ว กู้คืนได้ภายใน 30 วัน",
            "Moved the item out of the plan (working copy) to the trash; it can be restored within 30 days.");
        return Redirect(ProcurementPages.Path(Org.Slug, FiscalYear));
    }
}
