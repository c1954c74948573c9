using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Budget;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Finance;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Budget;

/// <summary>The years' spending plans, and a new plan for a year (its allocation date typed in พ.ศ.).</summary>
[RequirePermissionToChange(FinancePermissions.EditFinance)]
public sealed class IndexModel(ProngsaiDbContext db, EditBudgetPlan edit, FinanceAccess access, TimeProvider clock) : StaffPageModel
{
    public sealed record PlanRow(int FiscalYear, int Lines, bool IsSample, IReadOnlyList<BudgetReportKind> Published);

    public IReadOnlyList<PlanRow> Plans { get; private set; } = [];
    public bool CanEdit { get; private set; }

    /// <summary>The year as typed ("2568", "๒๕๖๘"), sent as "FiscalYear": a mistyped one comes back as it was, with why.</summary>
    [BindProperty(Name = nameof(FiscalYear))]
    public string? TypedYear { get; set; }

    public int? FiscalYear { get; set; }

    [BindProperty]
    public string? AllocatedOn { get; set; }

    [BindProperty]
    public BudgetPlanningPeriod PlanningPeriod { get; set; } = BudgetPlanningPeriod.Month;

    public async Task OnGetAsync()
    {
        FiscalYear ??= Core.Calendar.FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;
        CanEdit = await access.CanEditAsync(Actor, HttpContext.RequestAborted);
        var plans = await db.Set<BudgetPlan>().AsNoTracking().Select(p => new { p.Id, p.FiscalYear, p.IsSample, Lines = p.Lines.Count }).ToListAsync(HttpContext.RequestAborted);
        var published = await db.Set<BudgetReportPublication>().AsNoTracking().Select(p => new { p.FiscalYear, p.Kind }).ToListAsync(HttpContext.RequestAborted);
        Plans = plans.OrderByDescending(p => p.FiscalYear)
            .Select(p => new PlanRow(p.FiscalYear, p.Lines, p.IsSample, published.Where(x => x.FiscalYear == p.FiscalYear).Select(x => x.Kind).Order().ToList()))
            .ToList();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ThaiDateFields.ReadFiscalYear(ModelState, nameof(FiscalYear), TypedYear) is not { } year)
        {
            await OnGetAsync();
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var result = await edit.CreatePlanAsync(Actor, year, AllocatedOn, PlanningPeriod, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            // The use case calls the fields "fiscalYear" and "allocatedOn"; the form posts them capitalized, where their messages stand.
            var errors = FormState.Posted(FormState.Posted(result.Errors, "allocatedOn", nameof(AllocatedOn)), "fiscalYear", nameof(FiscalYear));
            if (Refusal(errors) is { } refused)
            {
                return refused;
            }

            await OnGetAsync();
            Response.StatusCode = FormState.RefusedStatus(result.Errors);
            return Page();
        }

        Flash = Lang.T("สร้างแผนแล้ว เพิ่มรายการหรือนำเข้าไฟล์ได้เลย", "Created the plan. Add its lines or import a file.");
        return Redirect($"/staff/{Org.Slug}/budget/{result.Value!.FiscalYear}");
    }
}
