using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Assets;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Assets;

/// <summary>
/// Writing an article off the register (จำหน่าย) asks first: GET names it and says what will happen (kept with its
/// loans, never lent again, can be put back) and changes nothing; POST writes it off with the reason. Only keepers see
/// the question, as only they may answer it.
/// </summary>
[RequirePermission(AssetsPermissions.ManageAssets)]
public sealed class RetireModel(AssetBoard board, AssetKeepers keepers, ManageAssetRegister register) : StaffPageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public AssetView View { get; private set; } = null!;
    public string AssetUrl => AssetLabels.AssetPath(Org.Slug, Id);

    /// <summary>Requests not yet decided and loans not yet back: the write-off waits for them.</summary>
    public int Pending => View.Loans.Count(l => l.Status is AssetLoanStatus.Requested or AssetLoanStatus.Approved);

    public async Task<IActionResult> OnGetAsync()
    {
        // A confirmation page of a write: shown only to those who may make it.
        if (!await keepers.IsKeeperAsync(Actor, HttpContext.RequestAborted))
        {
            return Forbid();
        }

        if (await board.FindAssetAsync(Actor, Id, HttpContext.RequestAborted) is not { } view)
        {
            return NotFound();
        }

        View = view;
        return view.Asset.RetiredAt is null ? Page() : Redirect(AssetUrl);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await register.RetireAsync(Actor, Id, Reason, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Flash = Lang.T("จำหน่ายออกจากทะเบียนแล้ว ข้อมูลและประวัติการยืมยังเก็บไว้", "Written off; its details and loans are kept.");
            return Redirect(AssetUrl);
        }

        if (Refusal(result.Errors) is { } refusal)
        {
            return refusal;
        }

        if (await board.FindAssetAsync(Actor, Id, HttpContext.RequestAborted) is not { } view)
        {
            return NotFound();
        }

        View = view;
        Response.StatusCode = FormState.RefusedStatus(result.Errors);
        return Page();
    }
}
