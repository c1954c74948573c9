using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Calendar;
using Prongsai.Core.Organizations;
using Prongsai.Core.ServiceStatistics;
using Prongsai.Core.Text;
using Prongsai.Documents.Forms;
using Prongsai.Documents.Pdf;
using Prongsai.Documents.Requests;
using Prongsai.Documents.ServiceStatistics;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Portal;

namespace Prongsai.Web.Pages.Public.ServiceStatistics;

/// <summary>
/// /{org}/service-statistics/{year}: how many people the office served each month of a fiscal year (ข้อมูลสถิติการให้บริการ),
/// service by service as its clerks recorded them, then what Prongsai counted itself from the website; as a page, CSV
/// (?handler=csv) and Excel (?handler=xlsx), and as the report to sign (<see cref="ServiceStatisticsForm"/>) in Word
/// (?handler=docx) and PDF (?handler=pdf). /{org}/service-statistics is this fiscal year. Not kept in the public page
/// cache: the automatic figures move with every question, complaint and loan request, and nothing bumps the content
/// stamp for those (the complaint statistics page is the same).
/// </summary>
public sealed class YearModel(PortalData portal, ServiceStatisticsBoard board, IPdfConverter pdf, FormPdfStore pdfStore, TimeProvider clock) : PageModel
{
    /// <summary>How many earlier years the page links to.</summary>
    private const int YearsBack = 4;

    public Organization Organization { get; private set; } = null!;
    public ServiceStatisticsView View { get; private set; } = null!;
    public int CurrentYear { get; private set; }

    /// <summary>The services the office counts by hand that have at least one figure this year.</summary>
    public bool HasCountedFigures => View.Counted.Any(r => r.Recorded > 0);

    /// <summary>Other years to link to: this fiscal year and a few before it, none before the statistics' first year.</summary>
    public IReadOnlyList<int> OtherYears =>
        Enumerable.Range(0, YearsBack + 1).Select(i => CurrentYear - i)
            .Where(y => y != View.FiscalYear && y >= ServiceStatisticsRules.FirstYear).ToList();

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken cancellationToken) =>
        await LoadAsync(year, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(int? year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(year, cancellationToken))
        {
            return NotFound();
        }

        var (header, rows) = ServiceStatisticsTable.For(View);
        return File(CsvFiles.ToFile(header, rows), "text/csv; charset=utf-8", FileName("csv"));
    }

    public async Task<IActionResult> OnGetXlsxAsync(int? year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(year, cancellationToken))
        {
            return NotFound();
        }

        var (header, rows) = ServiceStatisticsTable.For(View);
        using var buffer = new MemoryStream();
        TableXlsxWriter.Write(buffer, "สถิติการให้บริการ", header, rows, (ServiceStatisticsTable.Figure, ColumnKind.Count));
        return File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName("xlsx"));
    }

    public async Task<IActionResult> OnGetDocxAsync(int? year, CancellationToken cancellationToken) =>
        await LoadAsync(year, cancellationToken) ? FormDownloads.Docx(Form, FileStem) : NotFound();

    /// <summary>
    /// The PDF costs a browser run and the page is not cached, so the PDF has one address (any other is sent there) and
    /// is kept in memory under what it prints: asking again renders nothing until a figure, or the day, changes.
    /// </summary>
    public async Task<IActionResult> OnGetPdfAsync(int? year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(year, cancellationToken) || !Printable)
        {
            return NotFound();
        }

        if (FormDownloads.ElsewhereThanPdfAddress(Request, ServiceStatisticsEvidenceSource.PublicPath(Organization.Slug, View.FiscalYear)) is { } redirect)
        {
            return redirect;
        }

        var scope = string.Create(CultureInfo.InvariantCulture, $"service-statistics:{Organization.Id}:{View.FiscalYear}");
        return await FormDownloads.CachedPdfAsync(pdf, pdfStore, scope, Form, FileStem, cancellationToken);
    }

    /// <summary>Whether the website makes this year's PDF (<see cref="FormDownloads.PdfOffered"/>).</summary>
    public bool Printable => FormDownloads.PdfOffered(View.FiscalYear, CurrentYear, !View.IsEmpty);

    /// <summary>What a cell shows: the figure; a dash for a month over but not recorded; nothing for a month not over yet.</summary>
    public string Cell(ServiceYearRow row, int month) => ServiceStatisticsForm.Cell(View, row, month);

    /// <summary>"ต.ค. 68": a month's column heading, short enough for twelve of them.</summary>
    public static string MonthHeading(YearMonth month) => Display.ShortMonth(month);

    public static string Number(int value) => ServiceStatisticsForm.Number(value);

    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private PrintedForm Form => ServiceStatisticsForm.For(Organization.Name, View, BangkokTime.Today(clock));

    private string FileStem =>
        string.Create(CultureInfo.InvariantCulture, $"service-statistics-report-{Organization.Slug}-{View.FiscalYear}");

    private string FileName(string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"service-statistics-{Organization.Slug}-{View.FiscalYear}.{extension}");

    private async Task<bool> LoadAsync(int? year, CancellationToken cancellationToken)
    {
        var organization = await portal.OrganizationOfAsync(HttpContext, cancellationToken);
        CurrentYear = FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;
        var fiscalYear = year ?? CurrentYear;
        if (organization is null || fiscalYear is < 2500 or > 2700)
        {
            return false;
        }

        Organization = organization;
        View = await board.ForYearAsync(organization.Id, fiscalYear, cancellationToken);
        return true;
    }
}
