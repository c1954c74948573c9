using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Budget;
using Prongsai.Core.Data;
using Prongsai.Core.Finance;
using Prongsai.Core.Organizations;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Budget;

/// <summary>Adds a line to the plan, or edits one: the structure with or without codes, งบ from the list, the amount as typed.</summary>
[RequirePermissionToChange(FinancePermissions.EditFinance)]
public sealed class LineModel(ProngsaiDbContext db, EditBudgetPlan edit) : StaffPageModel
{
    [FromRoute]
    public int FiscalYear { get; set; }

    [FromRoute]
    public int? Id { get; set; }

    [BindProperty] public string? Sector { get; set; }
    [BindProperty] public string? Program { get; set; }
    [BindProperty] public string? Work { get; set; }
    [BindProperty] public string? Category { get; set; }
    [BindProperty] public string? Subcategory { get; set; }
    [BindProperty] public string? Item { get; set; }
    [BindProperty] public string? Department { get; set; }
    [BindProperty] public string? Amount { get; set; }

    /// <summary>The line's edit count, as drawn and posted back (<see cref="EditConflicts"/>).</summary>
    [BindProperty] public int? EditVersion { get; set; }


    public IReadOnlyList<Department> Departments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        // Suggestions for the typed name: the departments in use (a line of a retired one keeps its name as typed).
        Departments = await db.Departments.AsNoTracking().InUse().OrderBy(d => d.SortOrder).ToListAsync(HttpContext.RequestAborted);
        if (Id is null)
        {
            return await db.Set<BudgetPlan>().AnyAsync(p => p.FiscalYear == FiscalYear, HttpContext.RequestAborted) ? Page() : NotFound();
        }

        var line = await FindAsync();
        if (line is null)
        {
            return NotFound();
        }

        if (!ModelState.ContainsKey(nameof(Item)))
        {
            Sector = BudgetTable.Coded(line.SectorCode, line.Sector);
            Program = BudgetTable.Coded(line.ProgramCode, line.Program);
            Work = BudgetTable.Coded(line.WorkCode, line.Work);
            Category = line.Category.ToString();
            Subcategory = line.Subcategory;
            Item = line.Item;
            Department = line.DepartmentName;
            Amount = BudgetTable.Money(line.Amount);
            EditVersion = line.EditVersion;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var input = new BudgetLineInput(Sector, Program, Work, Category, Subcategory, Item, Department, Amount) { EditVersion = EditVersion };
        if (Id is { } id && await FindAsync() is null)
        {
            return NotFound();
        }

        var result = Id is { } lineId
            ? await edit.UpdateLineAsync(Actor, lineId, input, HttpContext.RequestAborted)
            : await edit.AddLineAsync(Actor, FiscalYear, input, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            if (Refusal(result.Errors) is { } refusal)
            {
                return refusal;
            }

            Response.StatusCode = Infrastructure.FormState.RefusedStatus(result.Errors);
            if (EditConflicts.Among(result.Errors) && await FindAsync() is { } current)
            {
                EditVersion = ShowEditConflict(current.EditVersion, $"/staff/{Org.Slug}/budget/{FiscalYear}/line/{current.Id}");
            }

            return await OnGetAsync();
        }

        Flash = Id is null ? Lang.T("เพิ่มรายการแล้ว", "Added the line.") : Lang.T("บันทึกรายการแล้ว", "Saved the line.");
        return Redirect($"/staff/{Org.Slug}/budget/{FiscalYear}");
    }

    private Task<BudgetLine?> FindAsync() =>
        db.Set<BudgetLine>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == Id && db.Set<BudgetPlan>().Any(p => p.Id == l.PlanId && p.FiscalYear == FiscalYear), HttpContext.RequestAborted);
}
