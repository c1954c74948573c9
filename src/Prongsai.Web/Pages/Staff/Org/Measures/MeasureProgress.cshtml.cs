using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Calendar;
using Prongsai.Core.Measures;
using Prongsai.Core.Measures.Editing;
using Prongsai.Core.Measures.Progress;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Measures;

/// <summary>
/// A measure's progress, the page a clerk opens every week: each step with its status, its latest entry and whether
/// it has evidence, a button to mark it done and the way to record progress. Other departments' measures read only.
/// </summary>
[Prongsai.Web.Authorization.RequirePermissionToChange(MeasurePermissions.EditMeasures)]
public sealed class MeasureProgressModel(EditMeasures edit, RecordProgress progress, TimeProvider clock) : StaffPageModel
{
    [FromRoute]
    public int FiscalYear { get; set; }

    [FromRoute]
    public int Id { get; set; }

    public Measure Measure { get; private set; } = null!;
    public IReadOnlyList<MeasureStep> Steps { get; private set; } = [];
    public ProgressSummary Summary { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public MeasureTabs Tabs => new(Org.Slug, FiscalYear, Id, OnProgress: true);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostDoneAsync(int stepId, bool done)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid(); // another department's measure: refused as such, whichever step was named
        }

        if (Steps.All(s => s.Id != stepId))
        {
            return NotFound();
        }

        var result = await progress.SetDoneAsync(Actor, stepId, done, cancellationToken: HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return StatusFor(result.Errors) ?? BadRequest();
        }

        var number = Steps.First(s => s.Id == stepId).SortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Flash = done
            ? Lang.T($"บันทึกว่าขั้นตอนที่ {number} เสร็จแล้ว", $"Recorded step {number} as done.")
            : Lang.T($"บันทึกว่าขั้นตอนที่ {number} ยังไม่เสร็จ", $"Recorded step {number} as not done yet.");
        return Redirect(Tabs.ProgressUrl + "#step-" + stepId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The entries that count: corrections replace what they correct.</summary>
    public static IReadOnlyList<ProgressEntry> Current(MeasureStep step) =>
        step.Progress.Where(p => p.IsCurrent).OrderByDescending(p => p.Date).ThenByDescending(p => p.Id).ToList();

    /// <summary>Work reported (done, or progress recorded) but no current entry carries evidence.</summary>
    public static bool LacksEvidence(MeasureStep step) =>
        (step.IsDone || step.Progress.Any(p => p.IsCurrent)) && !step.Progress.Any(p => p.IsCurrent && p.Evidence.Count > 0);

    private async Task<bool> LoadAsync()
    {
        var measure = await edit.FindAsync(Id, HttpContext.RequestAborted);
        if (measure is null || measure.Plan!.FiscalYear != FiscalYear)
        {
            return false;
        }

        Measure = measure;
        Steps = measure.Steps.OrderBy(s => s.SortOrder).ThenBy(s => s.Id).ToList();
        Summary = StatusRollup.ForMeasure(measure, BangkokTime.Today(clock));
        CanEdit = Actor.CanEdit(measure);
        return true;
    }
}
