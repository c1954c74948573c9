using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Gifts;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Gifts;

/// <summary>
/// One report: what was received, from whom and when, its state, the decision with its reasons and what was done
/// after. The forms follow the member's part: decide (keep, return, hand to the office, with reasons the receiver
/// reads) for the head of the office on another's report; record the day a gift went back or to the office for the
/// receiver or a decider; the way to withdraw a report not yet decided. Each form calls its use case, which checks
/// again; a report the member may not see answers 404, like one that does not exist.
/// </summary>
public sealed class ReportModel(GiftBoard board, DecideGift decide, SettleGift settle, TimeProvider clock) : StaffPageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public DecideForm DecideInput { get; set; } = new();
    [BindProperty] public SettleForm SettleInput { get; set; } = new();

    public GiftReportView View { get; private set; } = null!;
    public bool IsOwn => Actor.UserId is { } me && View.Report.ReceiverUserId == me;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        SettleInput.SettledOn ??= ThaiDateInput.Format(BangkokTime.Today(clock));
        return Page();
    }

    public async Task<IActionResult> OnPostDecideAsync() =>
        await AnswerAsync(await decide.RunAsync(Actor, Id, DecideInput.Decision, DecideInput.Note, HttpContext.RequestAborted), nameof(DecideInput),
            Lang.T("บันทึกผลการพิจารณาแล้ว ผู้รายงานได้รับแจ้งพร้อมเหตุผล และรายงานประจำปีบนเว็บไซต์แสดงรายการนี้แล้ว",
                "Decided; the receiver is told with your reasons, and the website's yearly report lists it."));

    public async Task<IActionResult> OnPostSettleAsync()
    {
        var settledOn = ThaiDateFields.ReadDate(ModelState, "SettleInput.SettledOn", SettleInput.SettledOn);
        // Asked even when the date was mistyped: it checks who asks first, and it cannot succeed without a date.
        var result = await settle.RunAsync(Actor, Id, settledOn, SettleInput.SettledNote, HttpContext.RequestAborted);
        return await AnswerAsync(result, nameof(SettleInput), Lang.T("บันทึกการดำเนินการแล้ว", "Recorded."));
    }

    /// <summary>Errors of a field beside it in its form; a clash with the state (decided meanwhile, say) at the top.</summary>
    private Task<IActionResult> AnswerAsync(Result<GiftReport> result, string form, string done) =>
        AnswerFormAsync(result, form, done, GiftLabels.ReportPath(Org.Slug, Id), LoadAsync);

    private async Task<bool> LoadAsync()
    {
        if (await board.FindAsync(Actor, Id, HttpContext.RequestAborted) is not { } view)
        {
            return false;
        }

        View = view;
        return true;
    }
}

/// <summary>A decision and its reasons.</summary>
public sealed class DecideForm
{
    public GiftDecision? Decision { get; set; }
    public string? Note { get; set; }
}

/// <summary>The settlement as typed (the date stays text, so a mistyped one comes back as it was).</summary>
public sealed class SettleForm
{
    public string? SettledOn { get; set; }
    public string? SettledNote { get; set; }
}
