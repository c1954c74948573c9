using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Finance;
using Prongsai.Core.Organizations;
using Prongsai.Core.Procurement;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Procurement;

/// <summary>Adds or edits an item of the plan's working copy.</summary>
[RefuseUnreadableChoices]
[RequirePermissionToChange(FinancePermissions.EditFinance)]
public sealed class PlanItemModel(ManageProcurementPlan plans, Core.Data.ProngsaiDbContext db) : StaffPageModel
{
    [FromRoute] public int FiscalYear { get; set; }
    /// <summary>The item to edit (?id=N); none to add one. In the query, so the page has one address for both.</summary>
    [FromQuery] public int? Id { get; set; }

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Quantity { get; set; } = "1";
    [BindProperty] public string? Unit { get; set; }
    [BindProperty] public string? UnitPrice { get; set; }
    [BindProperty] public string? Budget { get; set; }
    [BindProperty] public string? FundingSource { get; set; } = "ข้อบัญญัติงบประมาณรายจ่ายประจำปี";
    [BindProperty] public ProcurementMethod Method { get; set; } = ProcurementMethod.Specific;
    [BindProperty] public string? ExpectedMonth { get; set; }
    [BindProperty] public int? DepartmentId { get; set; }

    public IReadOnlyList<(int Id, string Name)> Departments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!ProcurementPages.ValidYear(FiscalYear))
        {
            return NotFound();
        }

        if (Id is { } id)
        {
            var item = await plans.FindItemAsync(id, HttpContext.RequestAborted);
            if (item is null)
            {
                return NotFound();
            }

            (Name, Unit, FundingSource, Method, DepartmentId) = (item.Name, item.Unit, item.FundingSource, item.Method, item.DepartmentId);
            Quantity = Core.Money.ThaiMoney.Format(item.Quantity);
            UnitPrice = Core.Money.ThaiMoney.Format(item.UnitPrice);
            Budget = Core.Money.ThaiMoney.Format(item.Budget);
            ExpectedMonth = ProcurementTexts.MonthSlug(Core.Calendar.YearMonth.FromDate(item.ExpectedMonth));
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ProcurementPages.ValidYear(FiscalYear))
        {
            return NotFound();
        }

        var result = await plans.SaveItemAsync(Actor, FiscalYear, Id,
            new PlanItemInput(Name, Quantity, Unit, UnitPrice, Budget, FundingSource, Method, ProcurementPages.Month(ExpectedMonth), DepartmentId),
            HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            if (Refusal(result.Errors) is { } refusal)
            {
                return refusal;
            }

            await LoadAsync();
            Response.StatusCode = FormState.RefusedStatus(result.Errors);
            return Page();
        }

        Flash = Lang.T("บันทึกรายการในแผนแล้ว", "Saved the plan item.");
        return Redirect(ProcurementPages.Path(Org.Slug, FiscalYear));
    }

    private async Task LoadAsync() =>
        Departments = (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            DepartmentChoices.Offered(db.Departments, DepartmentId).OrderBy(d => d.SortOrder).ThenBy(d => d.Name).Select(d => new { d.Id, d.Name }), HttpContext.RequestAborted))
            .Select(d => (d.Id, d.Name)).ToList();
}
