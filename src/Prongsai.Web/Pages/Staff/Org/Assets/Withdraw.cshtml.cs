using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Assets;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Assets;

/// <summary>
/// Withdrawing a request not yet decided asks first (at /cancel, like the other withdrawals): GET names the request
/// and changes nothing; POST withdraws it. Whoever asked, the borrower, or a keeper; nobody else is shown the question.
/// </summary>
public sealed class WithdrawModel(AssetBoard board, AssetKeepers keepers, WithdrawAssetLoan withdraw) : StaffPageModel
{
    [FromRoute] public int Id { get; set; }

    public AssetLoanView View { get; private set; } = null!;
    public string LoanUrl => AssetLabels.LoanPath(Org.Slug, Id);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await board.FindLoanAsync(Actor, Id, HttpContext.RequestAborted) is not { } view)
        {
            return NotFound();
        }

        View = view;
        if (view.MayWithdraw)
        {
            return Page();
        }

        // Decided or withdrawn meanwhile: those who could have withdrawn it go back to the loan; others are refused.
        var own = Actor.UserId is { } userId && (view.Loan.RequestedByUserId == userId || view.Loan.BorrowerUserId == userId);
        var couldHave = (own && Actor.Has(AssetsPermissions.BorrowAssets)) || await keepers.IsKeeperAsync(Actor, HttpContext.RequestAborted);
        return couldHave && view.Loan.Status != AssetLoanStatus.Requested ? Redirect(LoanUrl) : Forbid();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await withdraw.RunAsync(Actor, Id, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Flash = Lang.T("ยกเลิกคำขอยืมแล้ว", "The request is withdrawn.");
            return Redirect(LoanUrl);
        }

        if (Refusal(result.Errors) is { } refusal)
        {
            return refusal;
        }

        if (await board.FindLoanAsync(Actor, Id, HttpContext.RequestAborted) is not { } view)
        {
            return NotFound();
        }

        View = view;
        Response.StatusCode = FormState.RefusedStatus(result.Errors);
        return Page();
    }
}
