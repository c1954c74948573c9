using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.AntiCorruption;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.AntiCorruption;

/// <summary>
/// The head of the office approves a year's plan, which asks first: GET says what the website will show and that the
/// projects are then fixed; POST approves and publishes it and goes back to the year's list.
/// </summary>
[RequirePermission(PlanPermissions.ApproveAntiCorruptionPlan)]
public sealed class PublishModel(PlanBoard board, ApproveAntiCorruptionPlan approve) : StaffPageModel
{
    [FromRoute] public int Year { get; set; }

    public PlanYear Plan { get; private set; } = null!;
    public string ListUrl => PlanLabels.YearPath(Org.Slug, Year);

    public async Task<IActionResult> OnGetAsync()
    {
        Plan = await board.YearAsync(Year, HttpContext.RequestAborted);
        if (Plan.Plan is null)
        {
            return NotFound();
        }

        if (Plan.Approved)
        {
            Flash = Lang.T("แผนปีนี้อนุมัติแล้ว", "This year's plan is already approved.");
            return Redirect(ListUrl);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await approve.RunAsync(Actor, Year, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Flash = Lang.T("อนุมัติแล้ว แผนเผยแพร่บนเว็บไซต์แล้ว และผู้จัดทำแผนได้รับแจ้งให้รายงานผล",
                "Approved: the plan is on the website, and those who write it are told to report on it.");
            return Redirect(ListUrl);
        }

        if (Refusal(result.Errors) is { } refusal)
        {
            return refusal;
        }

        Plan = await board.YearAsync(Year, HttpContext.RequestAborted);
        Response.StatusCode = FormState.RefusedStatus(result.Errors);
        return Page();
    }
}
