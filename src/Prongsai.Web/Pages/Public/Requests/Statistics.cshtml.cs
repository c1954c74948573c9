using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Calendar;
using Prongsai.Core.Organizations;
using Prongsai.Core.Requests;
using Prongsai.Core.Text;
using Prongsai.Documents.Forms;
using Prongsai.Documents.Pdf;
using Prongsai.Documents.Requests;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Portal;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Public.Requests;

/// <summary>
/// /{org}/complaints/statistics/{year}: a fiscal year's complaint statistics by type and month, as a page, CSV and XLSX,
/// and as the report to sign (<see cref="ComplaintStatisticsForm"/>) in Word (?handler=docx) and PDF (?handler=pdf).
/// </summary>
public sealed class StatisticsModel(PortalData portal, RequestStatistics statistics, IPdfConverter pdf, FormPdfStore pdfStore, TimeProvider clock)
    : PageModel
{
    public Organization Organization { get; private set; } = null!;
    public RequestStatisticsView View { get; private set; } = null!;

    /// <summary>The years that have a page: none before the organization's first request or start, none after this one.</summary>
    public (int First, int Last) Years { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? year) => await LoadAsync(year) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(int? year)
    {
        if (!await LoadAsync(year))
        {
            return NotFound();
        }

        var (header, rows) = RequestStatistics.Table(View);
        return File(CsvFiles.ToFile(header, rows), "text/csv; charset=utf-8", FileName("csv"));
    }

    public async Task<IActionResult> OnGetXlsxAsync(int? year)
    {
        if (!await LoadAsync(year))
        {
            return NotFound();
        }

        var (header, rows) = RequestStatistics.Table(View);
        using var buffer = new MemoryStream();
        // The month stays its พ.ศ. label ("ต.ค. 2567"), the fiscal year text (see ColumnKind).
        TableXlsxWriter.Write(buffer, "สถิติเรื่องร้องเรียน", header, rows, ("รับเรื่อง", ColumnKind.Count), ("ปิดเรื่องแล้ว", ColumnKind.Count),
            ("อยู่ระหว่างดำเนินการ", ColumnKind.Count), ("เกินกำหนด", ColumnKind.Count), ("เวลาเฉลี่ยจนปิดเรื่อง (วัน)", ColumnKind.Decimal));
        return File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName("xlsx"));
    }

    public async Task<IActionResult> OnGetDocxAsync(int? year) =>
        await LoadAsync(year) ? FormDownloads.Docx(Form, FileStem) : NotFound();

    /// <summary>
    /// The PDF costs a browser run. Its figures move with every complaint and no publication says so, so the public page
    /// cache cannot keep this page; the PDF has one address instead (any other — an added query, a changed case, the
    /// year left out — is sent there) and is kept in memory under what it prints, so asking again renders nothing.
    /// </summary>
    public async Task<IActionResult> OnGetPdfAsync(int? year)
    {
        if (!await LoadAsync(year) || !Printable)
        {
            return NotFound();
        }

        if (FormDownloads.ElsewhereThanPdfAddress(Request, PublicPath(Organization.Slug, View.FiscalYear)) is { } redirect)
        {
            return redirect;
        }

        var scope = string.Create(CultureInfo.InvariantCulture, $"complaint-statistics:{Organization.Id}:{View.FiscalYear}");
        return await FormDownloads.CachedPdfAsync(pdf, pdfStore, scope, Form, FileStem, HttpContext.RequestAborted);
    }

    /// <summary>Whether the website makes this year's PDF (<see cref="FormDownloads.PdfOffered"/>).</summary>
    public bool Printable => IsPrintable(View.FiscalYear, View.Rows.Any(r => r.Received > 0), BangkokTime.Today(clock));

    public static bool IsPrintable(int fiscalYear, bool hadComplaints, DateOnly today) =>
        FormDownloads.PdfOffered(fiscalYear, FiscalYear.ForDate(today).BeYear, hadComplaints);

    public static string PublicPath(string slug, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"/{slug}/complaints/statistics/{year}");

    private PrintedForm Form => ComplaintStatisticsForm.For(Organization.Name, View, BangkokTime.Today(clock));

    private string FileStem =>
        string.Create(CultureInfo.InvariantCulture, $"complaint-statistics-report-{Organization.Slug}-{View.FiscalYear}");

    private string FileName(string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"complaint-statistics-{Organization.Slug}-{View.FiscalYear}.{extension}");

    private async Task<bool> LoadAsync(int? year)
    {
        var organization = await portal.OrganizationOfAsync(HttpContext);
        var fiscalYear = year ?? FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;
        if (organization is null || fiscalYear is < 2500 or > 2700)
        {
            return false;
        }

        Years = await statistics.YearsAsync(organization.CreatedAt, ComplaintsModel.ComplaintKinds, HttpContext.RequestAborted);
        if (fiscalYear < Years.First || fiscalYear > Years.Last)
        {
            return false;
        }

        Organization = organization;
        View = await statistics.ForYearAsync(organization.Id, fiscalYear, ComplaintsModel.ComplaintKinds, HttpContext.RequestAborted);
        return true;
    }
}
