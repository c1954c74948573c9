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
public sealed class UnpublishModel(PlanBoard board, ReopenAntiCorruptionPlan reopen) : PlanConfirmationModel(board)
{
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnPostAsync() =>
        await AnswerAsync(await reopen.RunAsync(Actor, Year, Reason, HttpContext.RequestAborted),
            Lang.T("เปิดแก้ไขแล้ว แผนไม่แสดงบนเว็บไซต์จนกว่าจะอนุมัติอีกครั้ง", "Reopened: the plan is off the website until approved again."));

    protected override string? Settled(PlanYear record) => record.Approved
        ? null
        : Lang.T("แผนปีนี้ยังไม่ได้อนุมัติ แก้ไขได้อยู่แล้ว", "This year's plan is not approved: it may be changed already.");
}
