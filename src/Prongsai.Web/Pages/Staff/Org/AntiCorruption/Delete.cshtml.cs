using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.AntiCorruption;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.AntiCorruption;

/// <summary>
/// Removing a project from a draft plan asks first: GET names the project and changes nothing; POST removes it and goes
/// back to the year's list. Only those who write the plan, for a project they may work on; a reported project stays.
/// </summary>
[RequirePermission(PlanPermissions.WriteAntiCorruptionPlan)]
public sealed class DeleteModel(PlanBoard board, RemovePlanProject remove) : StaffPageModel
{
    [FromRoute] public int Id { get; set; }

    public ProjectView View { get; private set; } = null!;
    public string ProjectUrl => PlanLabels.ProjectPath(Org.Slug, Id);
    public bool Reported => View.Line.HalfYear is not null || View.Line.YearEnd is not null;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await board.FindAsync(Actor, Id, HttpContext.RequestAborted) is not { } view)
        {
            return NotFound();
        }

        View = view;
        if (view.MayEdit)
        {
            return Page();
        }

        if (Actor.HasFor(PlanPermissions.WriteAntiCorruptionPlan, view.Line.Project.DepartmentId))
        {
            Flash = Lang.T("แผนปีนี้อนุมัติแล้ว ลบโครงการไม่ได้ ให้ผู้บริหารเปิดแก้ไขก่อน", "This year's plan is approved: ask the head of the office to reopen it first.");
            return Redirect(ProjectUrl);
        }

        return Forbid();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await board.FindAsync(Actor, Id, HttpContext.RequestAborted) is not { } view)
        {
            return NotFound();
        }

        View = view;
        var result = await remove.RunAsync(Actor, Id, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Flash = Lang.T($"ลบโครงการแล้ว: {view.Line.Project.Name}", $"Removed: {view.Line.Project.Name}");
            return Redirect(PlanLabels.YearPath(Org.Slug, view.Plan.FiscalYear));
        }

        if (Refusal(result.Errors) is { } refusal)
        {
            return refusal;
        }

        Response.StatusCode = FormState.RefusedStatus(result.Errors);
        return Page();
    }
}
