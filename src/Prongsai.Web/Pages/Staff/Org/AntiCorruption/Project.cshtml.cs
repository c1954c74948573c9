using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.AntiCorruption;
using Prongsai.Core.Common;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Organizations;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.AntiCorruption;

/// <summary>
/// One project in full, with its reports. While the year is a draft, those who write the plan (department heads: for
/// their departments) correct it here and may remove it through a confirmation page; once approved, they report per
/// round (state, money spent, what was done), a second report of a round correcting the first. Each form calls its use
/// case, which checks again; the others read.
/// </summary>
[RefuseUnreadableChoices]
[RequirePermissionToChange(PlanPermissions.WriteAntiCorruptionPlan)]
public sealed class ProjectModel(PlanBoard board, SavePlanProject save, ReportProjectProgress report) : StaffPageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public ProjectForm EditInput { get; set; } = new();
    [BindProperty] public ProgressForm HalfYearInput { get; set; } = new();
    [BindProperty] public ProgressForm YearEndInput { get; set; } = new();

    public ProjectView View { get; private set; } = null!;
    public IReadOnlyList<DepartmentChoice> Departments { get; private set; } = [];
    public string ProjectUrl => PlanLabels.ProjectPath(Org.Slug, Id);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync(kept: null) ? Page() : NotFound();

    public async Task<IActionResult> OnPostEditAsync() =>
        await AnswerAsync(await save.EditAsync(Actor, Id, EditInput.ToInput(), HttpContext.RequestAborted), nameof(EditInput),
            Lang.T("บันทึกการแก้ไขแล้ว", "Your changes are saved."));

    public async Task<IActionResult> OnPostHalfYearAsync() =>
        await AnswerAsync(await report.RunAsync(Actor, Id, FollowUpRound.HalfYear, HalfYearInput.ToInput(), HttpContext.RequestAborted),
            nameof(HalfYearInput), Recorded);

    public async Task<IActionResult> OnPostYearEndAsync() =>
        await AnswerAsync(await report.RunAsync(Actor, Id, FollowUpRound.YearEnd, YearEndInput.ToInput(), HttpContext.RequestAborted),
            nameof(YearEndInput), Recorded);

    private static string Recorded => Lang.T("บันทึกรายงานผลแล้ว เว็บไซต์แสดงรายงานนี้แล้ว", "The report is recorded; the website shows it.");

    private Task<IActionResult> AnswerAsync<T>(Result<T> result, string form, string done) =>
        AnswerFormAsync(result, form, done, ProjectUrl, () => LoadAsync(kept: form));

    /// <summary>Reads the project; every form but the one sent (<paramref name="kept"/>, kept as typed) starts from what is saved.</summary>
    private async Task<bool> LoadAsync(string? kept)
    {
        if (await board.FindAsync(Actor, Id, HttpContext.RequestAborted) is not { } view)
        {
            return false;
        }

        View = view;
        if (kept != nameof(EditInput))
        {
            EditInput = ProjectForm.From(view.Line.Project);
        }

        if (kept != nameof(HalfYearInput))
        {
            HalfYearInput = ProgressForm.From(view.Line.HalfYear);
        }

        if (kept != nameof(YearEndInput))
        {
            YearEndInput = ProgressForm.From(view.Line.YearEnd);
        }

        if (view.MayEdit)
        {
            Departments = await board.DepartmentsAsync(Actor, HttpContext.RequestAborted, view.Line.Project.DepartmentId);
        }

        return true;
    }
}
