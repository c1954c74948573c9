using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Calendar;
using Prongsai.Core.Organizations;
using Prongsai.Core.Requests;
using Prongsai.Core.Text;
using Prongsai.Documents.Requests;
using Prongsai.Web.Portal;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Public.Requests;

/// <summary>/{org}/complaints/statistics/{year}: a fiscal year's complaint statistics by type and month, as a page, CSV and XLSX.</summary>
public sealed class StatisticsModel(PortalData portal, RequestStatistics statistics, TimeProvider clock) : PageModel
{
    public Organization Organization { get; private set; } = null!;
    public RequestStatisticsView View { get; private set; } = null!;

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
        TableXlsxWriter.Write(buffer, "สถิติเรื่องร้องเรียน", header, rows);
        return File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName("xlsx"));
    }

    private string FileName(string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"complaint-statistics-{Organization.Slug}-{View.FiscalYear}.{extension}");

    private async Task<bool> LoadAsync(int? year)
    {
        var id = HttpContext.Organization()?.Id;
        var organization = id is null ? null : await portal.OrganizationAsync(id.Value);
        var fiscalYear = year ?? FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;
        if (organization is null || fiscalYear is < 2500 or > 2700)
        {
            return false;
        }

        Organization = organization;
        View = await statistics.ForYearAsync(organization.Id, fiscalYear, ComplaintsModel.ComplaintKinds, HttpContext.RequestAborted);
        return true;
    }
}
