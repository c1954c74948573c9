using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Assets;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Assets;

/// <summary>
/// One loan: the article, the borrower (an outsider's contact only for keepers and approvers), what for, the dates,
/// the decision and the return. The forms follow the member's part: approve or refuse (with the reason the borrower
/// reads) for approvers, record the return — the day, the state it came back in, what happened — for keepers, and the
/// way to withdraw a request not yet decided. Each form calls its use case, which checks again; a loan the member may
/// not see answers 404, like one that does not exist.
/// </summary>
public sealed class LoanModel(
    AssetBoard board, AssetAvailability availability, DecideAssetLoan decide, RecordAssetReturn recordReturn, TimeProvider clock) : StaffPageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public NoteForm ApproveInput { get; set; } = new();
    [BindProperty] public NoteForm RefuseInput { get; set; } = new();
    [BindProperty] public ReturnForm ReturnInput { get; set; } = new();

    public AssetLoanView View { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public bool IsOverdue => View.Loan.IsOverdue(Today);

    /// <summary>For whoever decides: how many pieces other approved loans leave free over the loan's days, now.</summary>
    public int? FreeForPeriod { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        ReturnInput.ReturnedOn ??= ThaiDateInput.Format(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync() =>
        await AnswerAsync(await decide.ApproveAsync(Actor, Id, ApproveInput.Note, HttpContext.RequestAborted), nameof(ApproveInput),
            Lang.T("อนุมัติแล้ว ผู้ยืมได้รับแจ้งในหน้าแรกของตน", "Approved; the borrower is told on their dashboard."));

    public async Task<IActionResult> OnPostRefuseAsync() =>
        await AnswerAsync(await decide.RefuseAsync(Actor, Id, RefuseInput.Note, HttpContext.RequestAborted), nameof(RefuseInput),
            Lang.T("บันทึกว่าไม่อนุมัติแล้ว ผู้ขอยืมได้รับแจ้งพร้อมเหตุผล", "Refused; the borrower is told with your reason."));

    public async Task<IActionResult> OnPostReturnAsync()
    {
        var returnedOn = ThaiDateFields.ReadDate(ModelState, "ReturnInput.ReturnedOn", ReturnInput.ReturnedOn);
        // Asked even when the date was mistyped: it checks who asks first, and it cannot succeed without a date.
        var result = await recordReturn.RunAsync(Actor, Id, new AssetReturnInput(returnedOn, ReturnInput.Condition, ReturnInput.Note), HttpContext.RequestAborted);
        return await AnswerAsync(result, nameof(ReturnInput), result.Value?.ReturnCondition is { } condition && condition != AssetCondition.Good
            ? Lang.T($"บันทึกการคืนแล้ว ทะเบียนแสดงว่า{AssetTexts.Condition(condition)} และจะไม่ให้ยืมจนกว่าจะตรวจสอบ", "Return recorded; the register marks it and it is not lent until checked.")
            : Lang.T("บันทึกการคืนแล้ว", "Return recorded."));
    }

    /// <summary>Errors of a field beside it in its form; a clash with the state (decided meanwhile, say) at the top.</summary>
    private Task<IActionResult> AnswerAsync(Result<AssetLoan> result, string form, string done) =>
        AnswerFormAsync(result, form, done, AssetLabels.LoanPath(Org.Slug, Id), LoadAsync);

    private async Task<bool> LoadAsync()
    {
        if (await board.FindLoanAsync(Actor, Id, HttpContext.RequestAborted) is not { } view)
        {
            return false;
        }

        View = view;
        Today = BangkokTime.Today(clock);
        if (view.MayDecide)
        {
            var free = await availability.FreeAsync(view.Asset, view.Loan.From, view.Loan.Until, view.Loan.Id, HttpContext.RequestAborted);
            FreeForPeriod = Math.Max(free, 0);
        }

        return true;
    }
}

/// <summary>A decision's note: optional when approving, the reason when refusing.</summary>
public sealed class NoteForm
{
    public string? Note { get; set; }
}

/// <summary>The return as typed (the date stays text, so a mistyped one comes back as it was).</summary>
public sealed class ReturnForm
{
    public string? ReturnedOn { get; set; }
    public AssetCondition? Condition { get; set; }
    public string? Note { get; set; }
}
