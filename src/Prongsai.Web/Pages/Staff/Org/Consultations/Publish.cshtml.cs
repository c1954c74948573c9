using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Consultations;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Consultations;

/// <summary>Asks before a draft goes on the website: from its first day anyone may send an opinion, and the dates are then a promise.</summary>
[RequirePermission(ConsultationsPermissions.ManageConsultations)]
public sealed class PublishModel(ConsultationBoard board, PublishConsultation publish, TimeProvider clock) : ConsultationConfirmationModel(board, clock)
{
    public async Task<IActionResult> OnPostAsync() =>
        await AnswerAsync(await publish.RunAsync(Actor, Id, HttpContext.RequestAborted),
            Lang.T("เผยแพร่บนเว็บไซต์แล้ว", "It is on the website."));
}
