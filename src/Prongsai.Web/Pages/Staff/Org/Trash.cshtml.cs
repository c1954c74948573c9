using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Calendar;
using Prongsai.Core.Trash;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org;

/// <summary>ถังขยะ: what was deleted in the last 30 days, restored by whoever may delete it.</summary>
// Everyone in the back office sees the trash; restoring needs at least the right to edit measures (the use case
// then checks the permission that allowed that item's deletion). The kinds' permissions today (ManageMeasurePlan,
// EditMeasures, PublishDocuments, EditFinance, ManageOrganizationProfile, EditItaEvidence) are held only by roles
// that also edit measures; a kind whose permission is not must change this gate.
[Prongsai.Web.Authorization.RequirePermissionToChange(Prongsai.Core.Measures.MeasurePermissions.EditMeasures)]
public sealed class TrashModel(TrashBin trash) : StaffPageModel
{
    public IReadOnlyList<TrashEntry> Items { get; private set; } = [];

    /// <summary>Where the item just restored is found, relative to the back office; shown as a link under the flash.</summary>
    [TempData]
    public string? RestoredPlace { get; set; }

    /// <summary>What the trash can hold (the features declare it), named on the page so a clerk knows what else is final.</summary>
    public IReadOnlyList<(string Thai, string English)> KindLabels => trash.KindLabels;

    public async Task<IActionResult> OnGetAsync()
    {
        var listed = await trash.ListAsync(Actor, HttpContext.RequestAborted);
        if (!listed.Succeeded)
        {
            return StatusFor(listed.Errors) ?? BadRequest();
        }

        Items = listed.Value!;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var restored = await trash.RestoreAsync(Actor, id, HttpContext.RequestAborted);
        if (!restored.Succeeded)
        {
            if (StatusFor(restored.Errors) is { } refusal)
            {
                return refusal;
            }

            AddErrors(restored.Errors);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return await OnGetAsync();
        }

        Flash = Lang.T($"กู้คืน {restored.Value!.Title} แล้ว", $"Restored {restored.Value!.Title}.");
        RestoredPlace = restored.Value.Place;
        return Redirect($"/staff/{Org.Slug}/trash");
    }

    /// <summary>Day, Thai month and พ.ศ. year (Bangkok date).</summary>
    public static string Date(DateTimeOffset at) => ThaiDate.FormatShort(at);
}
