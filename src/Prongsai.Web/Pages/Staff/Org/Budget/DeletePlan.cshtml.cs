using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Budget;
using Prongsai.Core.Data;
using Prongsai.Core.Finance;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Budget;

/// <summary>Deleting a whole plan asks first and names how much goes; a published plan is refused by the use case.</summary>
[RequirePermissionToChange(FinancePermissions.EditFinance)]
public sealed class DeletePlanModel(ProngsaiDbContext db, EditBudgetPlan edit, FinanceAccess access) : StaffPageModel
{
    [FromRoute]
    public int FiscalYear { get; set; }

    public int Lines { get; private set; }
    public bool Published { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await access.CanEditAsync(Actor, HttpContext.RequestAborted))
        {
            return Forbid();
        }

        var plan = await db.Set<BudgetPlan>().AsNoTracking().Where(p => p.FiscalYear == FiscalYear)
            .Select(p => new { Lines = p.Lines.Count }).FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (plan is null)
        {
            return NotFound();
        }

        Lines = plan.Lines;
        Published = await db.Set<BudgetReportPublication>().AnyAsync(p => p.FiscalYear == FiscalYear, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await edit.DeletePlanAsync(Actor, FiscalYear, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return Refusal(result.Errors) ?? await OnGetAsync();
        }

        Flash = Lang.T("ย้ายแผนไปถังขยะแล้ว กู้คืนได้ภายใน 30 วัน", "Moved the plan to the trash; it can be restored within 30 days.");
        return Redirect($"/staff/{Org.Slug}/budget");
    }
}
