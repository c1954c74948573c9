using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Measures;
using Prongsai.Core.Measures.Editing;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Measures;

/// <summary>
/// Deleting a measure asks first: GET names the measure and what goes with it (steps, progress) and changes
/// nothing; POST moves it to the trash.
/// </summary>
public sealed class DeleteMeasureModel(EditMeasures edit) : StaffPageModel
{
    [FromRoute]
    public int FiscalYear { get; set; }

    [FromRoute]
    public int Id { get; set; }

    public Measure Measure { get; private set; } = null!;
    public string PlainTitle => MeasureText.Plain(Measure.Title);
    public int StepCount => Measure.Steps.Count;
    public int ProgressCount => Measure.Steps.Sum(s => s.Progress.Count);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Actor.Has(MeasurePermissions.ManageMeasurePlan))
        {
            return Forbid();
        }

        var measure = await edit.FindAsync(Id, HttpContext.RequestAborted);
        if (measure is null || measure.Plan?.FiscalYear != FiscalYear)
        {
            return NotFound();
        }

        Measure = measure;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await edit.DeleteMeasureAsync(Actor, Id, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return StatusFor(result.Errors) ?? await OnGetAsync();
        }

        Flash = Lang.T("ย้ายมาตรการไปที่ถังขยะแล้ว (กู้คืนได้ภายใน 30 วัน)", "Moved the measure to the trash (it can be restored within 30 days).");
        return Redirect($"/staff/{Org.Slug}/measures/{FiscalYear}");
    }
}
