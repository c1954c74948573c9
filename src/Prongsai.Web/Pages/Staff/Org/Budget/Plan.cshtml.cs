using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Budget;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Finance;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Budget;

/// <summary>
/// A year's plan for the clerk: totals, every line with its planned and disbursed amounts, and the links to edit,
/// enter months, remove, import and publish. The Auditor and other staff read it; buttons show only to those allowed.
/// </summary>
[RequirePermissionToChange(FinancePermissions.EditFinance)]
public sealed class PlanModel(BudgetReports reports, ProngsaiDbContext db, EditBudgetPlan edit, FinanceAccess access) : StaffPageModel
{
    [FromRoute]
    public int FiscalYear { get; set; }

    public BudgetReport Report { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public bool CanPublish => Actor.Has(FinancePermissions.PublishFinanceReports);

    [BindProperty]
    public string? AllocatedOn { get; set; }

    [BindProperty]
    public BudgetPlanningPeriod PlanningPeriod { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var report = await reports.StaffAsync(FiscalYear, BudgetReportKind.Annual, HttpContext.RequestAborted);
        if (report is null)
        {
            return NotFound();
        }

        Report = report;
        CanEdit = await access.CanEditAsync(Actor, HttpContext.RequestAborted);
        if (!ModelState.ContainsKey(nameof(AllocatedOn)))
        {
            AllocatedOn = report.AllocatedOn is { } d ? ThaiDateInput.Format(d) : null;
            PlanningPeriod = report.PlanningPeriod;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await edit.UpdatePlanAsync(Actor, FiscalYear, AllocatedOn, PlanningPeriod, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            // The use case calls the date "allocatedOn"; the form posts it as "AllocatedOn", where its message stands.
            if (Refusal(FormState.Posted(result.Errors, "allocatedOn", nameof(AllocatedOn))) is { } refusal)
            {
                return refusal;
            }

            var page = await OnGetAsync();
            if (page is PageResult)
            {
                Response.StatusCode = FormState.RefusedStatus(result.Errors);
            }

            return page;
        }

        Flash = Lang.T("บันทึกแล้ว", "Saved.");
        return Redirect($"/staff/{Org.Slug}/budget/{FiscalYear}");
    }

    /// <summary>The departments the plan's lines name, to tell the clerk which lines match none of the organization's.</summary>
    public async Task<int> UnmatchedDepartmentsAsync() =>
        await db.Set<BudgetLine>().AsNoTracking().CountAsync(l => l.DepartmentId == null && db.Set<BudgetPlan>().Any(p => p.Id == l.PlanId && p.FiscalYear == FiscalYear));
}
