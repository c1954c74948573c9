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
public sealed class PublishModel(PlanBoard board, ApproveAntiCorruptionPlan approve) : PlanConfirmationModel(board)
{
    public async Task<IActionResult> OnPostAsync() =>
        await AnswerAsync(await approve.RunAsync(Actor, Year, HttpContext.RequestAborted),
            Lang.T("อนุมัติแล้ว แผนเผยแพร่บนเว็บไซต์แล้ว และผู้จัดทำแผนได้รับแจ้งให้รายงานผล",
                "Approved: the plan is on the website, and those who write it are told to report on it."));

    protected override string? Settled(PlanYear record) =>
        record.Approved ? Lang.T("แผนปีนี้อนุมัติแล้ว", "This year's plan is already approved.") : null;
}
