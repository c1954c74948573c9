using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Calendar;
using Prongsai.Core.Finance;
using Prongsai.Core.Money;
using Prongsai.Core.Procurement;
using Prongsai.Core.Procurement.Reports;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Procurement;

/// <summary>One สขร.1 line: typed as on the paper form (bidders one per line with their prices), linked to a plan item, announcements attached.</summary>
[RefuseUnreadableChoices]
[RequirePermissionToChange(FinancePermissions.EditFinance)]
public sealed class RecordModel(ManageProcurementRecords records, ProcurementYearReader reader) : StaffPageModel
{
    [FromRoute] public int FiscalYear { get; set; }
    /// <summary>The item to edit (?id=N); none to add one. In the query, so the page has one address for both.</summary>
    [FromQuery] public int? Id { get; set; }

    [BindProperty] public string? Month { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? BudgetAmount { get; set; }
    [BindProperty] public string? ReferencePrice { get; set; }
    [BindProperty] public ProcurementMethod Method { get; set; } = ProcurementMethod.Specific;
    [BindProperty] public string? MethodNote { get; set; }
    [BindProperty] public string? Bidders { get; set; }
    [BindProperty] public string? Selected { get; set; }
    [BindProperty] public string? SelectionReason { get; set; }
    [BindProperty] public string? Contract { get; set; }
    [BindProperty] public string? BudgetSource { get; set; }
    [BindProperty] public ProcurementStatus Status { get; set; } = ProcurementStatus.Completed;
    [BindProperty] public string? EgpProjectNumber { get; set; }
    [BindProperty] public int? PlanItemId { get; set; }
    [BindProperty] public List<int> Announcements { get; set; } = [];

    /// <summary>The record's edit count, as drawn and posted back (<see cref="EditConflicts"/>).</summary>
    [BindProperty] public int? EditVersion { get; set; }


    public IReadOnlyList<ProcurementPlanItemSnapshot> PlanItems { get; private set; } = [];
    public IReadOnlyList<(int Id, string Title)> Documents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!ProcurementPages.ValidYear(FiscalYear))
        {
            return NotFound();
        }

        if (Id is { } id)
        {
            var r = await records.FindAsync(id, HttpContext.RequestAborted);
            if (r is null || r.FiscalYear != FiscalYear)
            {
                return NotFound();
            }

            Month = ProcurementTexts.MonthSlug(YearMonth.FromDate(r.Month));
            (Title, Method, MethodNote, SelectionReason, BudgetSource, Status, EgpProjectNumber, PlanItemId) =
                (r.Title, r.Method, r.MethodNote, r.SelectionReason, r.BudgetSource, r.Status, r.EgpProjectNumber, r.PlanItemId);
            BudgetAmount = ThaiMoney.Format(r.BudgetAmount);
            ReferencePrice = r.ReferencePrice is { } p ? ThaiMoney.Format(p) : null;
            Bidders = string.Join("\n", r.Bids.OrderBy(b => b.Ordinal).Select(b => b.Bidder + (b.Price is { } bp ? " " + ThaiMoney.Format(bp) + " บาท" : "")));
            Selected = r.SelectedSupplier is null ? null : r.SelectedSupplier + (r.AgreedPrice is { } a ? " " + ThaiMoney.Format(a) + " บาท" : "");
            Contract = (r.ContractNumber is null ? "" : "เลขที่ " + r.ContractNumber) + (r.ContractDate is { } d ? " ลงวันที่ " + ThaiDateInput.Format(d) : "");
            Announcements = r.Announcements.Select(a => a.DocumentId).ToList();
            EditVersion = r.EditVersion;
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

        var result = await records.SaveAsync(Actor, FiscalYear, Id, new RecordInput(
            ProcurementPages.Month(Month), Title, BudgetAmount, ReferencePrice, Method, MethodNote, Bidders, Selected, SelectionReason,
            Contract, BudgetSource, Status, EgpProjectNumber, PlanItemId, Announcements) { EditVersion = EditVersion }, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            if (Refusal(result.Errors) is { } refusal)
            {
                return refusal;
            }

            if (EditConflicts.Among(result.Errors) && Id is { } id && await records.FindAsync(id, HttpContext.RequestAborted) is { } current)
            {
                EditVersion = ShowEditConflict(current.EditVersion, $"/staff/{Org.Slug}/procurement/{FiscalYear}/record?id={id}");
            }

            await LoadAsync();
            Response.StatusCode = FormState.RefusedStatus(result.Errors);
            return Page();
        }

        Flash = Lang.T("บันทึกรายการจัดซื้อจัดจ้างแล้ว", "Saved the procurement record.");
        return Redirect(ProcurementPages.Path(Org.Slug, FiscalYear));
    }

    private async Task LoadAsync()
    {
        var year = await reader.StaffAsync(FiscalYear, HttpContext.RequestAborted);
        PlanItems = year.CurrentPlan?.Items ?? [];
        Documents = await records.AnnouncementChoicesAsync(HttpContext.RequestAborted);
        Month ??= ProcurementTexts.MonthSlug(new FiscalYear(FiscalYear).FirstMonth);
    }

    public static string Money(decimal value) => ThaiMoney.Format(value);

    public static string Id_(int id) => id.ToString(CultureInfo.InvariantCulture);
}
