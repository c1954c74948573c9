using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Budget;
using Prongsai.Core.Data;
using Prongsai.Core.Finance;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Budget;

/// <summary>Removing a line asks first: GET names the line and its months and changes nothing; POST moves it to the trash.</summary>
[RequirePermissionToChange(FinancePermissions.EditFinance)]
public sealed class DeleteLineModel(ProngsaiDbContext db, EditBudgetPlan edit, FinanceAccess access) : StaffPageModel
{
    [FromRoute]
    public int FiscalYear { get; set; }

    [FromRoute]
    public int Id { get; set; }

    public BudgetLine Line { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await access.CanEditAsync(Actor, HttpContext.RequestAborted))
        {
            return Forbid();
        }

        var line = await db.Set<BudgetLine>().AsNoTracking().Include(l => l.Months)
            .FirstOrDefaultAsync(l => l.Id == Id && db.Set<BudgetPlan>().Any(p => p.Id == l.PlanId && p.FiscalYear == FiscalYear), HttpContext.RequestAborted);
        if (line is null)
        {
            return NotFound();
        }

        Line = line;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OnGetAsync() is var shown and not PageResult)
        {
            return shown;
        }

        var result = await edit.RemoveLineAsync(Actor, Id, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return Refusal(result.Errors) ?? Page();
        }

        Flash = Lang.T("ย้ายรายการไปถังขยะแล้ว กู้คืนได้ภายใน 30 วัน", "Moved the line to the trash; it can be restored within 30 days.");
        return Redirect($"/staff/{Org.Slug}/budget/{FiscalYear}");
    }
}
