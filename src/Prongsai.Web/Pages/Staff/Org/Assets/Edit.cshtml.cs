using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Assets;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Assets;

/// <summary>
/// Correcting an article of the register (its own page, as documents are edited apart from their list). The quantity
/// cannot drop below what is out on loan; the use case says so beside the field. Readable by everyone in the back
/// office, sent by keepers only.
/// </summary>
[RequirePermissionToChange(AssetsPermissions.ManageAssets)]
public sealed class EditModel(AssetBoard board, ManageAssetRegister register, AssetKeepers keepers, ProngsaiDbContext db) : StaffPageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public AssetForm Input { get; set; } = new();

    public Asset Asset { get; private set; } = null!;
    public IReadOnlyList<(int Id, string Name)> Departments { get; private set; } = [];
    public bool IsKeeper { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Input = AssetForm.Of(Asset);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var input = Input.Read(ModelState);
        if (!ModelState.IsValid)
        {
            // Every problem of the form at once: what could not be read, and what the register's rules say of the rest.
            // Nothing is saved (a price that could not be read is passed on as none, which saving would take).
            return await RefuseAsync(await register.CheckAsync(Actor, Id, input, HttpContext.RequestAborted));
        }

        var result = await register.EditAsync(Actor, Id, input, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return await RefuseAsync(result.Errors);
        }

        Flash = Lang.T("บันทึกการแก้ไขแล้ว", "Saved.");
        return Redirect(AssetLabels.AssetPath(Org.Slug, Id));
    }

    /// <summary>403 or 404 as such; otherwise the form again as typed, each error beside its field, 422 (409 for a clash).</summary>
    private async Task<IActionResult> RefuseAsync(IReadOnlyList<Error> errors)
    {
        if (StatusFor(errors) is { } refusal)
        {
            return refusal;
        }

        FormState.AddErrors(ModelState, errors, nameof(Input));
        return await ShowAgainAsync(FormState.RefusedStatus(errors));
    }

    private async Task<IActionResult> ShowAgainAsync(int status)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        if (await board.FindAssetAsync(Actor, Id, HttpContext.RequestAborted) is not { } view)
        {
            return false;
        }

        Asset = view.Asset;
        IsKeeper = await keepers.IsKeeperAsync(Actor, HttpContext.RequestAborted);
        Departments = await AssetDepartments.ListAsync(db, HttpContext.RequestAborted, view.Asset.DepartmentId);
        return true;
    }
}
