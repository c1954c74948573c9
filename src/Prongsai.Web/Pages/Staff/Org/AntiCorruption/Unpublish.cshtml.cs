using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.AntiCorruption;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.AntiCorruption;

/// <summary>
/// The head of the office opens an approved plan again, which asks first: GET says it leaves the website until approved
/// again; POST reopens it with the reason those who write it read, and goes back to the year's list.
/// </summary>
[RequirePermission(PlanPermissions.ApproveAntiCorruptionPlan)]
public sealed class UnpublishModel(PlanBoard board, ReopenAntiCorruptionPlan reopen) : StaffPageModel
{
    [FromRoute] public int Year { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public PlanYear Plan { get; private set; } = null!;
    public string ListUrl => PlanLabels.YearPath(Org.Slug, Year);

    public async Task<IActionResult> OnGetAsync()
    {
        Plan = await board.YearAsync(Year, HttpContext.RequestAborted);
        if (Plan.Plan is null)
        {
            return NotFound();
        }

        if (!Plan.Approved)
        {
            Flash = Lang.T("แผนปีนี้ยังไม่ได้อนุมัติ แก้ไขได้อยู่แล้ว", "This year's plan is not approved: it may be changed already.");
            return Redirect(ListUrl);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await reopen.RunAsync(Actor, Year, Reason, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Flash = Lang.T("เปิดแก้ไขแล้ว แผนไม่แสดงบนเว็บไซต์จนกว่าจะอนุมัติอีกครั้ง", "Reopened: the plan is off the website until approved again.");
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
