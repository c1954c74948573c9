using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Measures;
using Prongsai.Core.Measures.Editing;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Measures;

/// <summary>Deleting a step asks first: GET names the step and its progress and changes nothing; POST moves it to the trash.</summary>
[Prongsai.Web.Authorization.RequirePermissionToChange(MeasurePermissions.EditMeasures)]
public sealed class DeleteStepModel(EditMeasures edit) : StaffPageModel
{
    [FromRoute]
    public int FiscalYear { get; set; }

    [FromRoute]
    public int Id { get; set; }

    [FromRoute]
    public int StepId { get; set; }

    public Measure Measure { get; private set; } = null!;
    public MeasureStep Step { get; private set; } = null!;
    public string PlainText => MeasureText.Plain(Step.Text);

    public async Task<IActionResult> OnGetAsync()
    {
        var measure = await edit.FindAsync(Id, HttpContext.RequestAborted);
        var step = measure?.Steps.FirstOrDefault(s => s.Id == StepId);
        if (measure is null || step is null || measure.Plan?.FiscalYear != FiscalYear)
        {
            return NotFound();
        }

        if (!Actor.CanEdit(measure))
        {
            return Forbid();
        }

        (Measure, Step) = (measure, step);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await edit.DeleteStepAsync(Actor, Id, StepId, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return StatusFor(result.Errors) ?? await OnGetAsync();
        }

        Flash = Lang.T("ย้ายขั้นตอนไปที่ถังขยะแล้ว (กู้คืนได้ภายใน 30 วัน)", "Moved the step to the trash (it can be restored within 30 days).");
        return Redirect($"/staff/{Org.Slug}/measures/{FiscalYear}/measure/{Id}");
    }
}
