using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Finance;
using Prongsai.Core.Procurement;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Procurement;

/// <summary>Removing a สขร.1 line asks first and moves it to the trash; when its month is published, the public page changes at once.</summary>
[RequirePermissionToChange(FinancePermissions.EditFinance)]
public sealed class DeleteRecordModel(ManageProcurementRecords records, FinanceAccess access) : StaffPageModel
{
    [FromRoute] public int FiscalYear { get; set; }
    [FromRoute] public int Id { get; set; }

    public ProcurementRecord Record { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        // A confirmation page of a write: shown only to those who may make it.
        if (!await access.CanEditAsync(Actor, HttpContext.RequestAborted))
        {
            return Forbid();
        }

        var record = await records.FindAsync(Id, HttpContext.RequestAborted);
        if (record is null || record.FiscalYear != FiscalYear)
        {
            return NotFound();
        }

        Record = record;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await records.RemoveAsync(Actor, Id, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return StatusFor(result.Errors) ?? await OnGetAsync();
        }

        Flash = Lang.T("ย้ายรายการจัดซื้อจัดจ้างไปถังขยะแล้ว กู้คืนได้ภายใน 30 วัน", "Moved the procurement record to the trash; it can be restored within 30 days.");
        return Redirect(ProcurementPages.Path(Org.Slug, FiscalYear));
    }
}
