using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Assets;
using Prongsai.Core.Text;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Assets;

/// <summary>
/// Asking to borrow an article: how many, from when until when (typed in พ.ศ.), for what official work and where —
/// the written request with its reason and return date that the rules ask for. A keeper may record the request of a
/// borrower from outside the office (a village headman) with a way to reach them. The page says what is free today
/// and the rule in plain words; a request that does not fit what is free comes back with how many are.
/// </summary>
[RequirePermissionToChange(AssetsPermissions.BorrowAssets)]
public sealed class BorrowModel(AssetBoard board, AssetKeepers keepers, RequestAssetLoan request) : StaffPageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public LoanForm Input { get; set; } = new();

    public AssetView View { get; private set; } = null!;
    public bool IsKeeper { get; private set; }
    public string? NotLendable { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        var from = ThaiDateFields.ReadDate(ModelState, "Input.From", Input.From);
        var until = ThaiDateFields.ReadDate(ModelState, "Input.Until", Input.Until);
        // Thai digits are read; a quantity that is not a number is refused beside it, and is no quantity (never the default of one).
        var quantity = TypedNumbers.ReadWhole(Input.Quantity, "จำนวน");
        if (quantity.Problem is { } problem)
        {
            ModelState.AddModelError("Input.Quantity", problem);
        }

        // The use case is asked even when a date or the quantity was mistyped, so every problem of the form is told at
        // once; it cannot succeed without them.
        var result = await request.RunAsync(Actor, new AssetLoanInput(
            Id, quantity.Value, from, until, Input.Purpose, Input.Place, Input.OutsideBorrower, Input.OutsideContact), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            var loan = result.Value!;
            Flash = Lang.T("ส่งคำขอยืมแล้ว รอผู้บริหารพิจารณา ระบบจะแจ้งผลในหน้าแรกของคุณ",
                "Your request is sent and waits for the head of the office; the answer will be on your dashboard.");
            return Redirect(AssetLabels.LoanPath(Org.Slug, loan.Id));
        }

        if (StatusFor(result.Errors) is { } refusal)
        {
            return refusal;
        }

        FormState.AddErrors(ModelState, result.Errors, nameof(Input));
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Response.StatusCode = FormState.RefusedStatus(result.Errors);
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        if (await board.FindAssetAsync(Actor, Id, HttpContext.RequestAborted) is not { } view)
        {
            return false;
        }

        View = view;
        IsKeeper = await keepers.IsKeeperAsync(Actor, HttpContext.RequestAborted);
        NotLendable = AssetLabels.NotLendable(view.Asset);
        return true;
    }
}

/// <summary>The request form as typed (the quantity and the dates stay text, so a mistyped one comes back as it was).</summary>
public sealed class LoanForm
{
    public string? Quantity { get; set; } = "1";
    public string? From { get; set; }
    public string? Until { get; set; }
    public string? Purpose { get; set; }
    public string? Place { get; set; }
    public string? OutsideBorrower { get; set; }
    public string? OutsideContact { get; set; }
}
