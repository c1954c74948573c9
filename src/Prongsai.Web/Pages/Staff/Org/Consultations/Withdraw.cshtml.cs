using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Consultations;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Consultations;

/// <summary>Asks before a consultation is withdrawn (or a draft dropped), with the reason; its opinions are kept.</summary>
[RequirePermission(ConsultationsPermissions.ManageConsultations)]
public sealed class WithdrawModel(ConsultationBoard board, WithdrawConsultation withdraw, TimeProvider clock) : ConsultationConfirmationModel(board, clock)
{
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnPostAsync() =>
        await AnswerAsync(await withdraw.RunAsync(Actor, Id, Reason, HttpContext.RequestAborted),
            Lang.T("ยกเลิกแล้ว ความคิดเห็นที่ได้รับยังเก็บไว้", "Withdrawn; the opinions received are kept."));
}
