using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Assets;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Assets;

/// <summary>
/// Adding an article to the register: code, name, kind, how many, the department, where it is kept, when it came and
/// its price (typed in พ.ศ. and baht), whether it may be lent and its state. A refused form comes back as typed, with
/// each error beside its field. Everyone in the back office may read the form (the Auditor reads everything); only
/// keepers of the register may send it.
/// </summary>
[RequirePermissionToChange(AssetsPermissions.ManageAssets)]
public sealed class NewModel(ManageAssetRegister register, AssetKeepers keepers, ProngsaiDbContext db) : StaffPageModel
{
    [BindProperty] public AssetForm Input { get; set; } = new();

    public IReadOnlyList<(int Id, string Name)> Departments { get; private set; } = [];
    public bool IsKeeper { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var input = Input.Read(ModelState);
        if (!ModelState.IsValid)
        {
            // Every problem of the form at once: what could not be read, and what the register's rules say of the rest.
            // Nothing is saved (a price that could not be read is passed on as none, which saving would take).
            return await RefuseAsync(await register.CheckAsync(Actor, null, input, HttpContext.RequestAborted));
        }

        var result = await register.AddAsync(Actor, input, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return await RefuseAsync(result.Errors);
        }

        var asset = result.Value!;
        Flash = Lang.T($"เพิ่ม {asset.Name} ({asset.Code}) ในทะเบียนแล้ว", $"Added {asset.Name} ({asset.Code}) to the register.");
        return Redirect(AssetLabels.AssetPath(Org.Slug, asset.Id));
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
        await LoadAsync();
        Response.StatusCode = status;
        return Page();
    }

    private async Task LoadAsync()
    {
        IsKeeper = await keepers.IsKeeperAsync(Actor, HttpContext.RequestAborted);
        Departments = await AssetDepartments.ListAsync(db, HttpContext.RequestAborted);
    }
}

/// <summary>The organization's departments in use for the register's select, in their order (and an edited asset's own).</summary>
internal static class AssetDepartments
{
    public static async Task<IReadOnlyList<(int Id, string Name)>> ListAsync(ProngsaiDbContext db, CancellationToken cancellationToken, int? current = null)
    {
        var departments = await DepartmentChoices.Offered(db.Departments.AsNoTracking(), current).OrderBy(d => d.SortOrder).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken);
        return departments.Select(d => (d.Id, d.Name)).ToList();
    }
}
