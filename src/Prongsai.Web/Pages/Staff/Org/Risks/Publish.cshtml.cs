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
public sealed class PublishModel(RiskBoard board, ApproveRiskAssessment approve) : RiskConfirmationModel(board)
{
    public async Task<IActionResult> OnPostAsync() =>
        await AnswerAsync(await approve.RunAsync(Actor, Year, HttpContext.RequestAborted),
            Lang.T("อนุมัติแล้ว ผลการประเมินเผยแพร่บนเว็บไซต์แล้ว และคณะทำงานได้รับแจ้งให้รายงานผล",
                "Approved: the assessment is on the website, and the working group is told to report on it."));

    protected override string? Settled(RiskYear record) =>
        record.Approved ? Lang.T("ผลการประเมินปีนี้อนุมัติแล้ว", "This year's assessment is already approved.") : null;
}
