using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Gifts;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Gifts;

/// <summary>
/// Withdrawing a report not yet decided asks first (at /cancel, like the other withdrawals): GET names the report and
/// changes nothing; POST withdraws it. Only the one who reported; nobody else is shown the question.
/// </summary>
public sealed class WithdrawModel(GiftBoard board, WithdrawGiftReport withdraw) : StaffPageModel
{
    [FromRoute] public int Id { get; set; }

    public GiftReportView View { get; private set; } = null!;
    public string ReportUrl => GiftLabels.ReportPath(Org.Slug, Id);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await board.FindAsync(Actor, Id, HttpContext.RequestAborted) is not { } view)
        {
            return NotFound();
        }

        View = view;
        if (view.MayWithdraw)
        {
            return Page();
        }

        // Decided or withdrawn meanwhile: the receiver goes back to the report; others are refused.
        var own = Actor.UserId is { } userId && view.Report.ReceiverUserId == userId && Actor.Has(GiftsPermissions.ReportGifts);
        return own && view.Report.Status != GiftReportStatus.Reported ? Redirect(ReportUrl) : Forbid();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await withdraw.RunAsync(Actor, Id, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Flash = Lang.T("ยกเลิกรายงานแล้ว", "The report is withdrawn.");
            return Redirect(ReportUrl);
        }

        if (Refusal(result.Errors) is { } refusal)
        {
            return refusal;
        }

        if (await board.FindAsync(Actor, Id, HttpContext.RequestAborted) is not { } view)
        {
            return NotFound();
        }

        View = view;
        Response.StatusCode = FormState.RefusedStatus(result.Errors);
        return Page();
    }
}
