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
public sealed class UnpublishModel(RiskBoard board, ReopenRiskAssessment reopen) : RiskConfirmationModel(board)
{
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnPostAsync() =>
        await AnswerAsync(await reopen.RunAsync(Actor, Year, Reason, HttpContext.RequestAborted),
            Lang.T("เปิดแก้ไขแล้ว ผลการประเมินไม่แสดงบนเว็บไซต์จนกว่าจะอนุมัติอีกครั้ง", "Reopened: the assessment is off the website until approved again."));

    protected override string? Settled(RiskYear record) => record.Approved
        ? null
        : Lang.T("ผลการประเมินปีนี้ยังไม่ได้อนุมัติ แก้ไขได้อยู่แล้ว", "This year's assessment is not approved: it may be changed already.");
}
