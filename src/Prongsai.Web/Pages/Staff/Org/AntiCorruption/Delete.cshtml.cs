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
public sealed class DeleteModel(PlanBoard board, RemovePlanProject remove) : RemoveFromDraftModel<ProjectView>
{
    public bool Reported => View.Line.HalfYear is not null || View.Line.YearEnd is not null;

    public async Task<IActionResult> OnPostAsync() => await RemoveAsync(() => remove.RunAsync(Actor, Id, HttpContext.RequestAborted));

    protected override Task<ProjectView?> FindAsync(int id, CancellationToken cancellationToken) => board.FindAsync(Actor, id, cancellationToken);

    protected override string ItemPath(string org, int id) => PlanLabels.ProjectPath(org, id);

    protected override string ListPath(string org, ProjectView view) => PlanLabels.YearPath(org, view.Plan.FiscalYear);

    protected override bool MayEdit(ProjectView view) => view.MayEdit;

    protected override bool WorksOn(ProjectView view) => Actor.HasFor(PlanPermissions.WriteAntiCorruptionPlan, view.Line.Project.DepartmentId);

    protected override string Locked =>
        Lang.T("แผนปีนี้อนุมัติแล้ว ลบโครงการไม่ได้ ให้ผู้บริหารเปิดแก้ไขก่อน", "This year's plan is approved: ask the head of the office to reopen it first.");

    protected override string Removed(ProjectView view) =>
        Lang.T($"ย้ายโครงการไปถังขยะแล้ว (กู้คืนได้ภายใน 30 วัน): {view.Line.Project.Name}", $"Moved to the trash (restorable for 30 days): {view.Line.Project.Name}");
}
