using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Calendar;
using Prongsai.Core.Gifts;
using Prongsai.Core.Organizations;
using Prongsai.Documents.Gifts;
using Prongsai.Documents.Pdf;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Portal;
using Prongsai.Web.Pages.Staff.Org.Gifts;
using Prongsai.Web.Portal.PageCache;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Public.Gifts;

/// <summary>
/// /{org}/gifts/{year}: the yearly report the ITA asks every office to publish (รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด
/// โดยธรรมจรรยา): month by month of the fiscal year (October to September; this year up to this month), each decided
/// report with the receiver's position and the kind of giver — never a name — the value, the decision and what was
/// done; a month with none says so. /{org}/gifts is this fiscal year. The same rows download as CSV (?handler=csv), and
/// as the form to sign (<see cref="GiftReportForm"/>) in Word (?handler=docx) and PDF (?handler=pdf).
/// Decisions and settlements bump the organization's content stamp, so the cached page follows them.
/// </summary>
[PublicPage]
public sealed class YearModel(PortalData portal, GiftBoard board, IPdfConverter pdf, TimeProvider clock) : PageModel
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

    public async Task<IActionResult> OnGetDocxAsync(int? year, CancellationToken cancellationToken) =>
        await LoadAsync(year, cancellationToken) ? FormDownloads.Docx(Form, FileStem) : NotFound();

    /// <summary>
    /// The PDF costs a browser run, so it is made once per publication: the page cache keeps it under its address, and
    /// any other address for it (an added query, a changed case, the year left out) is sent to that one instead of
    /// rendering again.
    /// </summary>
    public async Task<IActionResult> OnGetPdfAsync(int? year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(year, cancellationToken) || !Printable)
        {
            return NotFound();
        }

        if (FormDownloads.ElsewhereThanPdfAddress(Request, GiftLabels.PublicPath(Organization.Slug, FiscalYear.BeYear)) is { } redirect)
        {
            return redirect;
        }

        return await FormDownloads.PdfAsync(pdf, Form, FileStem, cancellationToken);
    }

    /// <summary>Whether the website makes this year's PDF (<see cref="FormDownloads.PdfOffered"/>).</summary>
    public bool Printable => FormDownloads.PdfOffered(FiscalYear.BeYear, CurrentYear.BeYear, Rows.Count > 0);

    public IEnumerable<PublicGiftRow> In(YearMonth month) => Rows.Where(r => month.Contains(r.ReceivedOn));

    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private Documents.Forms.PrintedForm Form => GiftReportForm.For(Organization.Name, FiscalYear, Months, Rows);

    private string FileStem => string.Create(CultureInfo.InvariantCulture, $"gift-report-{Organization.Slug}-{FiscalYear}");

    private async Task<bool> LoadAsync(int? year, CancellationToken cancellationToken)
    {
        var organization = await portal.OrganizationOfAsync(HttpContext, cancellationToken);
        var today = BangkokTime.Today(clock);
        CurrentYear = FiscalYear.ForDate(today);
        var chosen = year ?? CurrentYear.BeYear;
        if (organization is null || chosen < FirstYear || chosen > CurrentYear.BeYear)
        {
            return false;
        }

        Organization = organization;
        FiscalYear = new FiscalYear(chosen);
        Months = GiftBoard.MonthsReported(FiscalYear, today);
        Rows = await board.PublishedAsync(FiscalYear, cancellationToken);
        return true;
    }
}
