using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.AntiCorruption;
using Prongsai.Core.Organizations;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.AntiCorruption;

/// <summary>
/// Adding a project to a year's draft plan: the dimension, the name, its objective, the department in charge
/// (department heads: their own), the budget in baht (0: none) and the period. A refused form comes back as typed with
/// each error beside its field (422), and nothing saved. Everyone in the back office may read the form; only those who
/// write the plan send it.
/// </summary>
[RefuseUnreadableChoices]
[RequirePermissionToChange(PlanPermissions.WriteAntiCorruptionPlan)]
public sealed class NewModel(PlanBoard board, SavePlanProject save, TimeProvider clock)
    : AddToYearModel<PlanYear, ProjectForm>(clock, PlanRules.FirstYear, PlanPermissions.WriteAntiCorruptionPlan)
{
    public async Task<IActionResult> OnPostAsync() =>
        await AddAsync(year => save.AddAsync(Actor, year, Input.ToInput(), HttpContext.RequestAborted),
            project => PlanLabels.ProjectPath(Org.Slug, project.Id), Lang.T("เพิ่มโครงการแล้ว", "The project is added."));

    protected override Task<PlanYear> ReadAsync(int year, CancellationToken cancellationToken) => board.YearAsync(year, cancellationToken);

    protected override Task<IReadOnlyList<DepartmentChoice>> DepartmentsAsync(CancellationToken cancellationToken) =>
        board.DepartmentsAsync(Actor, cancellationToken);
}
