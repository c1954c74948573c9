using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Risks;

/// <summary>
/// The head of the office approves a year's assessment, which asks first: GET says what the website will show and
/// that the risks are then fixed; POST approves and publishes it and goes back to the year's list.
/// </summary>
[RequirePermission(RisksPermissions.ApproveRiskAssessment)]
public sealed class PublishModel(RiskBoard board, ApproveRiskAssessment approve) : StaffPageModel
{
    [FromRoute] public int Year { get; set; }

    public RiskYear Assessment { get; private set; } = null!;
    public string ListUrl => RiskLabels.YearPath(Org.Slug, Year);

    public async Task<IActionResult> OnGetAsync()
    {
        Assessment = await board.YearAsync(Year, HttpContext.RequestAborted);
        if (Assessment.Assessment is null)
        {
            return NotFound();
        }

        if (Assessment.Approved)
        {
            Flash = Lang.T("ผลการประเมินปีนี้อนุมัติแล้ว", "This year's assessment is already approved.");
            return Redirect(ListUrl);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await approve.RunAsync(Actor, Year, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Flash = Lang.T("อนุมัติแล้ว ผลการประเมินเผยแพร่บนเว็บไซต์แล้ว และคณะทำงานได้รับแจ้งให้รายงานผล",
                "Approved: the assessment is on the website, and the working group is told to report on it.");
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
