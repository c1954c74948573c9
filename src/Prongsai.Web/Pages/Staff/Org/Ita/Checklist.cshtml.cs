using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Ita;
using Prongsai.Core.Ita.Checklist;

namespace Prongsai.Web.Pages.Staff.Org.Ita;

/// <summary>A fiscal year's checklist: readiness overall and per sub-indicator, what is missing and who answers for it.</summary>
public sealed class ChecklistModel(ChecklistReader reader, ManageChecklist manage) : StaffPageModel
{
    public ChecklistView View { get; private set; } = null!;
    public bool CanManage => Actor.Has(ItaPermissions.ManageItaChecklist);

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

        Flash = result.Succeeded ? $"ระบบเสนอหลักฐานใหม่ {result.Value!.Suggested} รายการ" : null;
        return Redirect($"/staff/{Org.Slug}/ita/{fiscalYear}");
    }

    public async Task<IActionResult> OnPostDueDateAsync(int fiscalYear, DateOnly? dueOn)
    {
        var result = await manage.SetDueDateAsync(Actor, fiscalYear, dueOn, HttpContext.RequestAborted);
        if (Refusal(result.Errors) is { } refusal)
        {
            return refusal;
        }

        Flash = "บันทึกกำหนดส่งแล้ว";
        return Redirect($"/staff/{Org.Slug}/ita/{fiscalYear}");
    }

    public static string StatusText(ItaItemStatus status) => ItaTexts.Status(status);
}
