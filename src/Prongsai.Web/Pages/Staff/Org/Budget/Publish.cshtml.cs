using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Budget;
using Prongsai.Core.Finance;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Budget;

/// <summary>The Executive's approval: GET shows what the public will see (totals, the months it opens); POST publishes.</summary>
[RequirePermissionToChange(FinancePermissions.PublishFinanceReports)]
public sealed class PublishModel(BudgetReports reports, PublishBudgetReport publish) : StaffPageModel
{
    [FromRoute]
    public int FiscalYear { get; set; }

    [FromQuery(Name = "report")]
    public string? ReportToken { get; set; }

    public BudgetReportKind Kind { get; private set; }
    public BudgetReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Actor.Has(FinancePermissions.PublishFinanceReports))
        {
            return Forbid();
        }

        if (BudgetNames.ParseKind(ReportToken) is not { } kind)
        {
            return NotFound();
        }

        Kind = kind;
        var report = await reports.StaffAsync(FiscalYear, kind, HttpContext.RequestAborted);
        if (report is null)
        {
            return NotFound();
        }

        // What the public will see once this is published: the months this report opens.
        Report = report with
        {
            DisbursementMonthsShown = BudgetNames.MonthsOf(kind),
            Lines = report.Lines.Select(l => l with { Disbursed = l.Disbursed.Select((d, i) => i < BudgetNames.MonthsOf(kind) ? d : null).ToList() }).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OnGetAsync() is var shown and not PageResult)
        {
            return shown;
        }

        var result = await publish.PublishAsync(Actor, FiscalYear, Kind, cancellationToken: HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return Refusal(result.Errors) ?? Page();
        }

        Flash = Lang.T("เผยแพร่แล้ว: " + BudgetNames.Thai(Kind), "Published: " + BudgetNames.English(Kind));
        return Redirect($"/staff/{Org.Slug}/budget/{FiscalYear}");
    }
}
