using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Measures;
using Prongsai.Core.Measures.Editing;
using Prongsai.Core.Measures.Progress;
using Prongsai.Core.Organizations;

namespace Prongsai.Web.Pages.Staff.Org.Measures;

public sealed class IndexModel(MeasuresDashboard dashboard, EditMeasures edit) : StaffPageModel
{
    public IReadOnlyList<(MeasurePlan Plan, int Measures, int PublishedVersions)> Plans { get; private set; } = [];
    public bool CanManage => Actor.Has(MeasurePermissions.ManageMeasurePlan);

    [BindProperty]
    [Range(2400, 3000, ErrorMessage = "ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2568")]
    [Required(ErrorMessage = "กรุณาระบุปีงบประมาณ")]
    public int? FiscalYear { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    public async Task OnGetAsync() => Plans = await dashboard.PlansAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (ModelState.IsValid)
        {
            var result = await edit.CreatePlanAsync(Actor, FiscalYear!.Value, new PlanInput(Title, null), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Flash = "สร้างแผนมาตรการแล้ว";
                return Redirect($"/staff/{Org.Slug}/measures/{FiscalYear}");
            }

            if (StatusFor(result.Errors) is { } status)
            {
                return status;
            }

            AddErrors(result.Errors);
        }

        Plans = await dashboard.PlansAsync(HttpContext.RequestAborted);
        return Page();
    }
}
