using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Ita;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Ita;

/// <summary>A fiscal year's checklist: readiness overall and per sub-indicator, what is missing and who answers for it.</summary>
public sealed class ChecklistModel(ChecklistReader reader, ManageChecklist manage) : StaffPageModel
{
    public ChecklistView View { get; private set; } = null!;
    public bool CanManage => Actor.Has(ItaPermissions.ManageItaChecklist);

    /// <summary>The due date as typed, when a date that could not be read comes back with why.</summary>
    public string? TypedDueOn { get; private set; }

    public async Task<IActionResult> OnGetAsync(int fiscalYear)
    {
        var view = await reader.GetAsync(fiscalYear, HttpContext.RequestAborted);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }

    public async Task<IActionResult> OnPostSuggestAsync(int fiscalYear)
    {
        var result = await manage.SuggestAsync(Actor, fiscalYear, HttpContext.RequestAborted);
        if (Refusal(result.Errors) is { } refusal)
        {
            return refusal;
        }

        Flash = result.Succeeded
            ? Lang.T($"ระบบเสนอหลักฐานใหม่ {result.Value!.Suggested} รายการ", $"Suggested {result.Value!.Suggested} new pieces of evidence.")
            : null;
        return Redirect($"/staff/{Org.Slug}/ita/{fiscalYear}");
    }

    /// <summary>
    /// The due date typed in พ.ศ. as every date field takes it (the browser's date picker showed ค.ศ., and a date it sent
    /// was read in the Buddhist calendar of the page's culture); one that cannot be read is refused, never saved as none.
    /// </summary>
    public async Task<IActionResult> OnPostDueDateAsync(int fiscalYear, string? dueOn)
    {
        var date = ThaiDateFields.ReadDate(ModelState, nameof(dueOn), dueOn, required: false);
        if (!ModelState.IsValid)
        {
            if (await reader.GetAsync(fiscalYear, HttpContext.RequestAborted) is not { } view)
            {
                return NotFound();
            }

            (View, TypedDueOn) = (view, dueOn);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var result = await manage.SetDueDateAsync(Actor, fiscalYear, date, HttpContext.RequestAborted);
        if (Refusal(result.Errors) is { } refusal)
        {
            return refusal;
        }

        Flash = Lang.T("บันทึกกำหนดส่งแล้ว", "Saved the due date.");
        return Redirect($"/staff/{Org.Slug}/ita/{fiscalYear}");
    }

    public static string StatusText(ItaItemStatus status) => Lang.T(ItaTexts.Status(status), ItaTexts.StatusEnglish(status));
}
