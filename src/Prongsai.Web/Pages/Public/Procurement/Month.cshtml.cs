using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Calendar;
using Prongsai.Core.Procurement;
using Prongsai.Core.Procurement.Reports;
using Prongsai.Documents.Procurement;
using Prongsai.Web.Api;
using Prongsai.Web.Portal.PageCache;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Public.Procurement;

/// <summary>
/// The สขร.1 of one month (BE "2567-10") in the nine columns of the official form. A month outside the fiscal year is
/// 404; a month not yet published says so (the public cannot tell an empty month from an unapproved one otherwise);
/// a published month without lines says "ไม่มีการจัดซื้อจัดจ้าง".
/// </summary>
[PublicPage]
public sealed class MonthModel(ProcurementYearReader reader, TimeProvider clock) : PageModel
{
    public MonthView View { get; private set; } = null!;
    public MonthlySummary Summary { get; private set; } = null!;
    public int FiscalYear { get; private set; }
    public string Slug { get; private set; } = "";

    /// <summary>Whether the month is over, so that its summary is due.</summary>
    public bool Due { get; private set; }

    public async Task<IActionResult> OnGetAsync(string org, int fiscalYear, string month, CancellationToken cancellationToken)
    {
        if (!ProcurementApi.ValidYear(fiscalYear) || ProcurementTexts.ParseMonthSlug(month) is not { } ym || !new FiscalYear(fiscalYear).Contains(ym))
        {
            return NotFound();
        }

        var year = await reader.PublicAsync(fiscalYear, cancellationToken);
        View = year.Month(ym)!;
        FiscalYear = fiscalYear;
        Slug = org;
        Due = ProcurementTexts.IsDue(ym, BangkokTime.Today(clock));
        Summary = new MonthlySummary(HttpContext.Organization()!.Name, fiscalYear, ym, View.Records, View.Records.Any(r => r.IsSample));
        return Page();
    }

    public string FileUrl(string name) => $"/{Slug}/procurement/{FiscalYear}/{View.Slug}/{name}";
}
