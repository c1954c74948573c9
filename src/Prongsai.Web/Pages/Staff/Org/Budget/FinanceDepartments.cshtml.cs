using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Finance;
using Prongsai.Core.Organizations;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Budget;

/// <summary>The OrgAdmin ticks the departments whose staff keep the budget and procurement data (none ticked: กองคลัง by name).</summary>
[RefuseUnreadableChoices]
[RequirePermissionToChange(FinancePermissions.ManageFinanceDepartments)]
public sealed class FinanceDepartmentsModel(ProngsaiDbContext db, FinanceAccess access, ManageFinanceDepartments manage) : StaffPageModel
{
    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public IReadOnlySet<int> Named { get; private set; } = new HashSet<int>();
    public IReadOnlySet<int> Effective { get; private set; } = new HashSet<int>();
    public bool CanManage => Actor.Has(FinancePermissions.ManageFinanceDepartments);

    [BindProperty]
    public List<int> DepartmentIds { get; set; } = [];

    public async Task OnGetAsync()
    {
        Departments = await db.Departments.AsNoTracking().InUse().OrderBy(d => d.SortOrder).ThenBy(d => d.Id).ToListAsync(HttpContext.RequestAborted);
        Named = (await db.Set<FinanceDepartment>().AsNoTracking().Select(f => f.DepartmentId).ToListAsync(HttpContext.RequestAborted)).ToHashSet();
        Effective = (await access.DepartmentIdsAsync(HttpContext.RequestAborted)).ToHashSet();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await manage.SetAsync(Actor, DepartmentIds, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            if (Refusal(result.Errors) is { } refused)
            {
                return refused;
            }

            await OnGetAsync();
            return Page();
        }

        Flash = Lang.T("บันทึกแล้ว", "Saved.");
        return Redirect($"/staff/{Org.Slug}/budget/finance-departments");
    }
}
