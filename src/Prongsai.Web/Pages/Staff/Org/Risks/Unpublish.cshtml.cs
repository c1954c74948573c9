using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Risks;

/// <summary>
/// The head of the office opens an approved assessment again, which asks first: GET says it leaves the website until
/// approved again; POST reopens it with the reason the working group reads, and goes back to the year's list.
/// </summary>
[RequirePermission(RisksPermissions.ApproveRiskAssessment)]
public sealed class UnpublishModel(RiskBoard board, ReopenRiskAssessment reopen) : StaffPageModel
{
    [FromRoute] public int Year { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public RiskYear Assessment { get; private set; } = null!;
    public string ListUrl => RiskLabels.YearPath(Org.Slug, Year);

    public async Task<IActionResult> OnGetAsync()
    {
        Assessment = await board.YearAsync(Year, HttpContext.RequestAborted);
        if (Assessment.Assessment is null)
        {
            return NotFound();
        }

        if (!Assessment.Approved)
        {
            Flash = Lang.T("ผลการประเมินปีนี้ยังไม่ได้อนุมัติ แก้ไขได้อยู่แล้ว", "This year's assessment is not approved: it may be changed already.");
            return Redirect(ListUrl);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await reopen.RunAsync(Actor, Year, Reason, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Flash = Lang.T("เปิดแก้ไขแล้ว ผลการประเมินไม่แสดงบนเว็บไซต์จนกว่าจะอนุมัติอีกครั้ง", "Reopened: the assessment is off the website until approved again.");
            return Redirect(ListUrl);
        }

        if (Refusal(result.Errors) is { } refusal)
        {
            return refusal;
        }

        Assessment = await board.YearAsync(Year, HttpContext.RequestAborted);
        Response.StatusCode = FormState.RefusedStatus(result.Errors);
        return Page();
    }
}
