using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Measures;
using Prongsai.Core.Measures.Editing;
using Prongsai.Core.Measures.Progress;
using Prongsai.Core.Organizations;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Measures;

public sealed class IndexModel(MeasuresDashboard dashboard, EditMeasures edit) : StaffPageModel
{
    public IReadOnlyList<(MeasurePlan Plan, int Measures, int PublishedVersions)> Plans { get; private set; } = [];
    public bool CanManage => Actor.Has(MeasurePermissions.ManageMeasurePlan);

    /// <summary>As typed ("2568", "๒๕๖๘"), read by <see cref="ThaiDateFields.ReadFiscalYear"/>; a mistyped one comes back as it was.</summary>
    [BindProperty]
    public string? FiscalYear { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    public async Task OnGetAsync() => Plans = await dashboard.PlansAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var year = ThaiDateFields.ReadFiscalYear(ModelState, nameof(FiscalYear), FiscalYear);
        var status = StatusCodes.Status422UnprocessableEntity;
        if (year is { } fiscalYear && ModelState.IsValid)
        {
            var result = await edit.CreatePlanAsync(Actor, fiscalYear, new PlanInput(Title, null), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Flash = Lang.T("สร้างแผนมาตรการแล้ว", "Created the measures plan.");
                return Redirect($"/staff/{Org.Slug}/measures/{fiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            }

            if (StatusFor(result.Errors) is { } refusal)
            {
                return refusal;
            }

            AddErrors(result.Errors);
            status = FormState.RefusedStatus(result.Errors);
        }

        Plans = await dashboard.PlansAsync(HttpContext.RequestAborted);
        Response.StatusCode = status;
        return Page();
    }
}
