using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Calendar;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Organizations;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Risks;

/// <summary>
/// Adding a risk to a year's draft assessment: the process, the category, what could happen, likelihood and impact in
/// words, what already keeps it in check, the measures, the department in charge (department heads: their own) and the
/// period. A refused form comes back as typed with each error beside its field, and nothing saved. Everyone in the back
/// office may read the form; only the working group sends it.
/// </summary>
[RequirePermissionToChange(RisksPermissions.AssessRisks)]
public sealed class NewModel(RiskBoard board, SaveCorruptionRisk save, TimeProvider clock) : StaffPageModel
{
    /// <summary>The fiscal year in พ.ศ.; none: the current one.</summary>
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    [BindProperty] public RiskForm Input { get; set; } = new();

    public int FiscalYear { get; private set; }
    public RiskYear Assessment { get; private set; } = null!;
    public IReadOnlyList<DepartmentChoice> Departments { get; private set; } = [];
    public bool MayAdd => Actor.Has(RisksPermissions.AssessRisks);

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
            Flash = Lang.T("เพิ่มความเสี่ยงแล้ว", "The risk is added.");
            return Redirect(RiskLabels.RiskPath(Org.Slug, result.Value!.Id));
        }

        if (StatusFor(result.Errors) is { } refusal)
        {
            return refusal;
        }

        FormState.AddErrors(ModelState, result.Errors, nameof(Input));
        Response.StatusCode = FormState.RefusedStatus(result.Errors);
        return Page();
    }

    /// <summary>False for a year one may not assess (too old, or past next year).</summary>
    private async Task<bool> LoadAsync()
    {
        var current = global::Prongsai.Core.Calendar.FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;
        FiscalYear = Year ?? current;
        if (FiscalYear < RiskRules.FirstYear || FiscalYear > current + 1)
        {
            return false;
        }

        Assessment = await board.YearAsync(FiscalYear, HttpContext.RequestAborted);
        Departments = await board.DepartmentsAsync(Actor, HttpContext.RequestAborted);
        return true;
    }
}
