using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.AntiCorruption;
using Prongsai.Core.Calendar;
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
[RequirePermissionToChange(PlanPermissions.WriteAntiCorruptionPlan)]
public sealed class NewModel(PlanBoard board, SavePlanProject save, TimeProvider clock) : StaffPageModel
{
    /// <summary>The fiscal year in พ.ศ.; none: the current one.</summary>
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    [BindProperty] public ProjectForm Input { get; set; } = new();

    public int FiscalYear { get; private set; }
    public PlanYear Plan { get; private set; } = null!;
    public IReadOnlyList<DepartmentChoice> Departments { get; private set; } = [];
    public bool MayAdd => Actor.Has(PlanPermissions.WriteAntiCorruptionPlan);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var result = await save.AddAsync(Actor, FiscalYear, Input.ToInput(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Flash = Lang.T("เพิ่มโครงการแล้ว", "The project is added.");
            return Redirect(PlanLabels.ProjectPath(Org.Slug, result.Value!.Id));
        }

        if (StatusFor(result.Errors) is { } refusal)
        {
            return refusal;
        }

        FormState.AddErrors(ModelState, result.Errors, nameof(Input));
        Response.StatusCode = FormState.RefusedStatus(result.Errors);
        return Page();
    }

    /// <summary>False for a year one may not plan (too old, or past next year).</summary>
    private async Task<bool> LoadAsync()
    {
        var current = global::Prongsai.Core.Calendar.FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;
        FiscalYear = Year ?? current;
        if (FiscalYear < PlanRules.FirstYear || FiscalYear > current + 1)
        {
            return false;
        }

        Plan = await board.YearAsync(FiscalYear, HttpContext.RequestAborted);
        Departments = await board.DepartmentsAsync(Actor, HttpContext.RequestAborted);
        return true;
    }
}
