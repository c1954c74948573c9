using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Assets;
using Prongsai.Core.Calendar;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Assets;

/// <summary>
/// One article: its details, how many are free today, and its loans (those the member may see). Keepers find here the
/// way to correct it, to write it off (through a confirmation) and to take a write-off back; those who may borrow,
/// the way to ask for it.
/// </summary>
[RequirePermissionToChange(AssetsPermissions.ManageAssets)]
public sealed class AssetModel(AssetBoard board, AssetKeepers keepers, ManageAssetRegister register, TimeProvider clock) : StaffPageModel
{
    [FromRoute] public int Id { get; set; }

    public AssetView View { get; private set; } = null!;
    public bool IsKeeper { get; private set; }
    public bool MayBorrow { get; private set; }
    public string? NotLendable { get; private set; }
    public DateOnly Today => BangkokTime.Today(clock);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    /// <summary>Takes a write-off back (it was recorded by mistake).</summary>
    public async Task<IActionResult> OnPostRestoreAsync()
    {
        var result = await register.RestoreAsync(Actor, Id, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Flash = Lang.T("นำกลับเข้าทะเบียนแล้ว", "Back in the register.");
            return Redirect(AssetLabels.AssetPath(Org.Slug, Id));
        }

        if (Refusal(result.Errors) is { } refusal)
        {
            return refusal;
        }

        if (!await LoadAsync())
        {
            return NotFound();
        }

        Response.StatusCode = FormState.RefusedStatus(result.Errors);
        return Page();
    }

    /// <summary>A keeper has checked an article that came back damaged or was reported lost: it is in working order again, and may be lent.</summary>
    public async Task<IActionResult> OnPostMarkGoodAsync()
    {
        if (await board.FindAssetAsync(Actor, Id, HttpContext.RequestAborted) is not { } view)
        {
            return NotFound();
        }

        // The article as it stands, only its condition changed.
        var a = view.Asset;
        var input = new AssetInput(a.Code, a.Name, a.Category, a.Quantity, a.DepartmentId, a.Location, a.AcquiredOn, a.Value, a.Lendable,
            AssetCondition.Good, a.Notes, a.ShownToPublic);
        var result = await register.EditAsync(Actor, Id, input, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Flash = Lang.T("บันทึกแล้วว่าใช้งานได้ตามปกติ ให้ยืมได้อีกครั้ง", "Marked as in working order; it may be lent again.");
            return Redirect(AssetLabels.AssetPath(Org.Slug, Id));
        }

        if (Refusal(result.Errors) is { } refusal)
        {
            return refusal;
        }

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
        MayBorrow = Actor.Has(AssetsPermissions.BorrowAssets) && NotLendable is null;
        return true;
    }
}
