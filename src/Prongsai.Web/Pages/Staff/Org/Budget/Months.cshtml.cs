using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Budget;
using Prongsai.Core.Data;
using Prongsai.Core.Finance;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Budget;

/// <summary>A line's twelve months: the planned amount and what was disbursed, typed as the clerk writes amounts.</summary>
[RequirePermissionToChange(FinancePermissions.EditFinance)]
public sealed class MonthsModel(ProngsaiDbContext db, EditBudgetPlan edit) : StaffPageModel
{
    [FromRoute]
    public int FiscalYear { get; set; }

    [FromRoute]
    public int Id { get; set; }

    [BindProperty]
    public List<string?> Planned { get; set; } = [];

    [BindProperty]
    public List<string?> Disbursed { get; set; } = [];

    public BudgetLine Line { get; private set; } = null!;

    /// <summary>The line's edit count, as drawn and posted back (<see cref="EditConflicts"/>).</summary>
    [BindProperty] public int? EditVersion { get; set; }


    public async Task<IActionResult> OnGetAsync()
    {
        var line = await db.Set<BudgetLine>().AsNoTracking().Include(l => l.Months)
            .FirstOrDefaultAsync(l => l.Id == Id && db.Set<BudgetPlan>().Any(p => p.Id == l.PlanId && p.FiscalYear == FiscalYear), HttpContext.RequestAborted);
        if (line is null)
        {
            return NotFound();
        }

        Line = line;
        if (Planned.Count != 12 || Disbursed.Count != 12)
        {
            Planned = Enumerable.Range(1, 12).Select(m => line.Months.FirstOrDefault(x => x.FiscalMonth == m)?.Planned is { } v ? BudgetTable.Money(v) : null).ToList();
            Disbursed = Enumerable.Range(1, 12).Select(m => line.Months.FirstOrDefault(x => x.FiscalMonth == m)?.Disbursed is { } v ? BudgetTable.Money(v) : null).ToList();
            EditVersion = line.EditVersion;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OnGetAsync() is var shown and not PageResult)
        {
            return shown;
        }

        var result = await edit.SetMonthsAsync(Actor, Id, new BudgetMonthsInput(Planned, Disbursed) { EditVersion = EditVersion }, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            if (Refusal(result.Errors) is { } refusal)
            {
                return refusal;
            }

            if (EditConflicts.Among(result.Errors))
            {
                // The months come back as typed, counted as the line now is.
                EditVersion = ShowEditConflict(Line.EditVersion, $"/staff/{Org.Slug}/budget/{FiscalYear}/line/{Id}/months");
                return Page();
            }

            Response.StatusCode = Infrastructure.FormState.RefusedStatus(result.Errors);
            return Page();
        }

        Flash = Lang.T("บันทึกยอดรายเดือนแล้ว", "Saved the monthly amounts.");
        return Redirect($"/staff/{Org.Slug}/budget/{FiscalYear}");
    }
}
