using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Calendar;
using Prongsai.Core.Gifts;
using Prongsai.Core.Organizations;
using Prongsai.Web.Portal;
using Prongsai.Web.Portal.PageCache;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Public.Gifts;

/// <summary>
/// /{org}/gifts/{year}: the yearly report the ITA asks every office to publish (รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด
/// โดยธรรมจรรยา): month by month of the fiscal year (October to September; this year up to this month), each decided
/// report with the receiver's position and the kind of giver — never a name — the value, the decision and what was
/// done; a month with none says so. /{org}/gifts is this fiscal year. The same rows download as CSV (?handler=csv).
/// Decisions and settlements bump the organization's content stamp, so the cached page follows them.
/// </summary>
[PublicPage]
public sealed class YearModel(PortalData portal, GiftBoard board, TimeProvider clock) : PageModel
{
    /// <summary>The first fiscal year the page answers for (the law on gifts dates from 2561; older years have nothing).</summary>
    public const int FirstYear = GiftsEvidenceSource.FirstYear;

    /// <summary>How many earlier years the page links to.</summary>
    private const int YearsBack = 4;

    public Organization Organization { get; private set; } = null!;
    public FiscalYear FiscalYear { get; private set; }
    public FiscalYear CurrentYear { get; private set; }
    public IReadOnlyList<PublicGiftRow> Rows { get; private set; } = [];

    /// <summary>The months shown: the whole fiscal year, or this one up to this month.</summary>
    public IReadOnlyList<YearMonth> Months { get; private set; } = [];

    /// <summary>Other years to link to: this one and a few before it.</summary>
    public IReadOnlyList<int> OtherYears =>
        Enumerable.Range(0, YearsBack + 1).Select(i => CurrentYear.BeYear - i).Where(y => y != FiscalYear.BeYear).ToList();

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken cancellationToken) =>
        await LoadAsync(year, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(int? year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(year, cancellationToken))
        {
            return NotFound();
        }

        return File(GiftBoard.PublishedCsv(Rows), "text/csv; charset=utf-8",
            string.Create(CultureInfo.InvariantCulture, $"gifts-{Organization.Slug}-{FiscalYear}.csv"));
    }

    public IEnumerable<PublicGiftRow> In(YearMonth month) => Rows.Where(r => month.Contains(r.ReceivedOn));

    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private async Task<bool> LoadAsync(int? year, CancellationToken cancellationToken)
    {
        var id = HttpContext.Organization()?.Id;
        var organization = id is null ? null : await portal.OrganizationAsync(id.Value, cancellationToken);
        var today = BangkokTime.Today(clock);
        CurrentYear = FiscalYear.ForDate(today);
        var chosen = year ?? CurrentYear.BeYear;
        if (organization is null || chosen < FirstYear || chosen > CurrentYear.BeYear)
        {
            return false;
        }

        Organization = organization;
        FiscalYear = new FiscalYear(chosen);
        var last = FiscalYear == CurrentYear ? YearMonth.FromDate(today) : FiscalYear.LastMonth;
        var months = new List<YearMonth>();
        for (var month = FiscalYear.FirstMonth; month <= last; month = month.AddMonths(1))
        {
            months.Add(month);
        }

        Months = months;
        Rows = await board.PublishedAsync(FiscalYear, cancellationToken);
        return true;
    }
}
