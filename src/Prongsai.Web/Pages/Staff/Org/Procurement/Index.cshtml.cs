using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Calendar;
using Prongsai.Core.Calendar.Holidays;
using Prongsai.Core.Finance;
using Prongsai.Core.Procurement;
using Prongsai.Core.Procurement.Reports;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Procurement;

/// <summary>
/// A fiscal year's procurement in the back office: the plan (its allocation date and 30-working-day deadline, the
/// working items, published revisions) and the สขร.1 lines month by month with what is published. Everyone in the
/// back office reads it; the buttons show for those who may use them, and the use cases check again.
/// </summary>
[RequirePermissionToChange(FinancePermissions.EditFinance)]
public sealed class IndexModel(ProcurementYearReader reader, ManageProcurementPlan plans, FinanceAccess access, WorkingDayCalendar calendar, TimeProvider clock) : StaffPageModel
{
    [FromRoute]
    public int? FiscalYear { get; set; }

    [BindProperty]
    public string? BudgetAllocatedOn { get; set; }

    public ProcurementYear Year { get; private set; } = null!;
    public ProcurementPlan? Plan { get; private set; }
    public IReadOnlyList<ProcurementPlanItem> Items { get; private set; } = [];
    public PlanDeadline Deadline { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public bool CanPublish => Actor.Has(FinancePermissions.PublishFinanceReports);
    public int Year_ => FiscalYear!.Value;

    public async Task<IActionResult> OnGetAsync()
    {
        FiscalYear ??= Core.Calendar.FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;
        if (!ProcurementPages.ValidYear(FiscalYear.Value))
        {
            return NotFound();
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostCreatePlanAsync()
    {
        if (FiscalYear is not { } year || !ProcurementPages.ValidYear(year))
        {
            return NotFound();
        }

        var result = await plans.FindAsync(year, HttpContext.RequestAborted) is not null
            ? await plans.SetBudgetAllocatedOnAsync(Actor, year, BudgetAllocatedOn, HttpContext.RequestAborted)
            : await plans.CreateAsync(Actor, year, BudgetAllocatedOn, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            if (Refusal(result.Errors) is { } refusal)
            {
                return refusal;
            }

            await LoadAsync();
            return Page();
        }

        Flash = Lang.T("บันทึกแผนการจัดซื้อจัดจ้างแล้ว", "Saved the procurement plan.");
        return Redirect(ProcurementPages.Path(Org.Slug, year));
    }

    private async Task LoadAsync()
    {
        var year = FiscalYear!.Value;
        Year = await reader.StaffAsync(year, HttpContext.RequestAborted);
        Plan = await plans.FindAsync(year, HttpContext.RequestAborted);
        Items = Plan is null ? [] : await plans.ItemsAsync(Plan.Id, HttpContext.RequestAborted);
        Deadline = await PlanDeadline.ComputeAsync(calendar, Plan?.BudgetAllocatedOn, Year.Revisions.FirstOrDefault()?.PublishedOn,
            BangkokTime.Today(clock), HttpContext.RequestAborted);
        CanEdit = await access.CanEditAsync(Actor, HttpContext.RequestAborted);
        BudgetAllocatedOn ??= Plan?.BudgetAllocatedOn is { } d ? ThaiDateInput.Format(d) : null;
    }
}
