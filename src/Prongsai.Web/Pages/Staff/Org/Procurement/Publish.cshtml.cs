using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Finance;
using Prongsai.Core.Procurement;
using Prongsai.Core.Procurement.Reports;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Procurement;

/// <summary>The Executive's confirmation page: publish the plan (or its amendment with a reason), months' สขร.1 (several at once), the annual report.</summary>
[RequirePermissionToChange(FinancePermissions.PublishFinanceReports)]
public sealed class PublishModel(ProcurementYearReader reader, ManageProcurementPlan plans, PublishProcurementReports reports) : StaffPageModel
{
    [FromRoute] public int FiscalYear { get; set; }

    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? PublishedOn { get; set; }
    [BindProperty] public List<string> Months { get; set; } = [];

    public ProcurementYear Year { get; private set; } = null!;
    public int WorkingItems { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!ProcurementPages.ValidYear(FiscalYear))
        {
            return NotFound();
        }

        // A confirmation page of a write: only for those who may approve (the Auditor reads the year's page instead).
        if (!Actor.Has(FinancePermissions.PublishFinanceReports))
        {
            return Forbid();
        }

        await LoadAsync();
        return Page();
    }

    public Task<IActionResult> OnPostPlanAsync() =>
        DoneAsync(async () => (await plans.PublishAsync(Actor, FiscalYear, Reason, PublishedOn, HttpContext.RequestAborted)).Errors,
            Lang.T("เผยแพร่แผนการจัดซื้อจัดจ้างแล้ว", "Published the procurement plan."));

    public Task<IActionResult> OnPostMonthsAsync() =>
        DoneAsync(async () => (await reports.PublishMonthsAsync(Actor, FiscalYear,
            Months.Select(ProcurementPages.Month).OfType<YearMonth>().ToList(), HttpContext.RequestAborted)).Errors,
            Lang.T("เผยแพร่สรุปผลรายเดือนแล้ว", "Published the monthly summaries."));

    public Task<IActionResult> OnPostAnnualAsync() =>
        DoneAsync(async () => (await reports.PublishAnnualAsync(Actor, FiscalYear, HttpContext.RequestAborted)).Errors,
            Lang.T("เผยแพร่รายงานประจำปีแล้ว", "Published the annual report."));

    private async Task<IActionResult> DoneAsync(Func<Task<IReadOnlyList<Error>>> action, string flash)
    {
        if (!ProcurementPages.ValidYear(FiscalYear))
        {
            return NotFound();
        }

        var errors = await action();
        if (errors.Count > 0)
        {
            if (Refusal(errors) is { } refusal)
            {
                return refusal;
            }

            await LoadAsync();
            Response.StatusCode = FormState.RefusedStatus(errors);
            return Page();
        }

        Flash = flash;
        return Redirect(ProcurementPages.Path(Org.Slug, FiscalYear));
    }

    private async Task LoadAsync()
    {
        Year = await reader.StaffAsync(FiscalYear, HttpContext.RequestAborted);
        var plan = await plans.FindAsync(FiscalYear, HttpContext.RequestAborted);
        WorkingItems = plan is null ? 0 : (await plans.ItemsAsync(plan.Id, HttpContext.RequestAborted)).Count;
    }
}
