using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Core.Text;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org;

/// <summary>
/// The OrgAdmin keeps the executives page and the emblem up to date. A delete button leads to the confirmation page
/// (<see cref="DeleteExecutiveModel"/>), which moves the executive to the trash.
/// </summary>
[RefuseUnreadableChoices]
[RequirePermissionToChange(OrganizationPermissions.ManageOrganizationProfile)]
public sealed class ExecutivesModel(ProngsaiDbContext db, ManageExecutives manage) : StaffPageModel
{
    public IReadOnlyList<ExecutiveRow> Rows { get; private set; } = [];

    /// <summary>Whether an emblem is uploaded already (a new one then sends it to the trash).</summary>
    public bool HasEmblem { get; private set; }
    public ExecutiveRow NewRow => refused is { Id: null } ? refused : new("new", null, null, null, ExecutiveSide.Elected, null, Rows.Count + 1, false);

    /// <summary>The executive's form as it was sent and refused: it comes back with what was typed and its messages.</summary>
    private ExecutiveRow? refused;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostSaveAsync(int? id, string? name, string? title, ExecutiveSide side, string? phone, string? sortOrder, IFormFile? photo)
    {
        // The order as typed (Thai digits read); a mistyped one is refused, never saved as 0, the top of the list.
        var order = TypedNumbers.ReadWhole(sortOrder, "ลำดับ", maximum: 999);
        refused = new ExecutiveRow(id?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "new", id, name, title, side, phone, order.Value ?? 0, false, true, sortOrder);
        if (order.Problem is { } problem)
        {
            ModelState.AddModelError("SortOrder", problem);
            await LoadAsync();
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await using var content = photo is { Length: > 0 } ? photo.OpenReadStream() : null;
        var upload = content is null ? null : new ImageUpload(photo!.FileName, content);
        var result = await manage.SaveAsync(Actor, id, new ExecutiveInput(name, title, side, phone, order.Value ?? 0), upload);
        return await AfterAsync(result.Errors, Lang.T("บันทึกข้อมูลผู้บริหารแล้ว", "Saved the executive's details."));
    }

    public async Task<IActionResult> OnPostEmblemAsync(IFormFile? emblem)
    {
        if (emblem is not { Length: > 0 })
        {
            ModelState.AddModelError("Emblem", Lang.T("กรุณาเลือกไฟล์รูปภาพ", "Please choose an image file."));
            await LoadAsync();
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await using var content = emblem.OpenReadStream();
        return await AfterAsync((await manage.SetEmblemAsync(Actor, new ImageUpload(emblem.FileName, content))).Errors,
            Lang.T("เปลี่ยนตราสัญลักษณ์แล้ว", "Changed the emblem."));
    }

    private async Task<IActionResult> AfterAsync(IReadOnlyList<Error> errors, string done)
    {
        if (errors.Count == 0)
        {
            Flash = done;
            return RedirectToPage();
        }

        if (Refusal(errors) is { } refusal)
        {
            return refusal;
        }

        await LoadAsync();
        Response.StatusCode = FormState.RefusedStatus(errors);
        return Page();
    }

    private async Task LoadAsync()
    {
        HasEmblem = await db.Organizations.AnyAsync(o => o.Id == Org.Id && o.LogoFileKey != null);
        Rows = (await db.Executives.AsNoTracking().OrderBy(e => e.Side).ThenBy(e => e.SortOrder).ThenBy(e => e.Id).ToListAsync())
            .Select(e => refused is { Id: { } refusedId } && refusedId == e.Id
                ? refused with { HasPhoto = e.PhotoFileKey is not null }
                : new ExecutiveRow(e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Id, e.Name, e.Title, e.Side, e.Phone, e.SortOrder, e.PhotoFileKey is not null))
            .ToList();
    }
}

/// <summary>
/// One executive's form fields; Key keeps the ids of the labels unique on the page. A refused form carries its messages
/// (<paramref name="Refused"/>) and the order as it was typed (<paramref name="TypedOrder"/>), which may not be a number.
/// </summary>
public sealed record ExecutiveRow(
    string Key, int? Id, string? Name, string? Title, ExecutiveSide Side, string? Phone, int SortOrder, bool HasPhoto,
    bool Refused = false, string? TypedOrder = null);
