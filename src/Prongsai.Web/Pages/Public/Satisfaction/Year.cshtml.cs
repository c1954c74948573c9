using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Satisfaction;
using Prongsai.Documents.Forms;
using Prongsai.Documents.Pdf;
using Prongsai.Documents.Satisfaction;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Pages.Staff.Org.Satisfaction;
using Prongsai.Web.Portal;
using Prongsai.Web.Portal.PageCache;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Public.Satisfaction;

/// <summary>
/// /{org}/satisfaction/{year}: a fiscal year's published report of the satisfaction survey — how many answered, the
/// overall level, each aspect's scores (how many gave 5 to 1, x̄, S.D., level), the results by department, and what the
/// office learned and will improve — and the same report to sign as Word (?handler=docx) and PDF (?handler=pdf). A year
/// without a published report answers 404. Never a suggestion's text: those are the back office's to read.
/// The year is over when its report is published, so its answers no longer change, and publishing (or correcting the
/// findings) bumps the content stamp: the page cache keeps the page until then.
/// </summary>
[PublicPage]
public sealed class YearModel(PortalData portal, SatisfactionBoard board, ProngsaiDbContext db, IPdfConverter pdf, FormPdfStore pdfStore) : PageModel
{
    public Organization Organization { get; private set; } = null!;
    public SatisfactionReport Report { get; private set; } = null!;
    public SatisfactionResults Results { get; private set; } = null!;
    public IReadOnlyDictionary<int, string> DepartmentNames { get; private set; } = new Dictionary<int, string>();

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken cancellationToken) =>
        await LoadAsync(year, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetDocxAsync(int year, CancellationToken cancellationToken) =>
        await LoadAsync(year, cancellationToken) ? FormDownloads.Docx(Form, FileStem) : NotFound();

    /// <summary>
    /// The PDF costs a browser run: it has one address (any other is sent there), and besides the page cache it is kept
    /// in memory under what it prints, since a signed-in member's request skips the page cache.
    /// </summary>
    public async Task<IActionResult> OnGetPdfAsync(int year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(year, cancellationToken))
        {
            return NotFound();
        }

        if (FormDownloads.ElsewhereThanPdfAddress(Request, SatisfactionPaths.PublicReport(Organization.Slug, Report.FiscalYear)) is { } redirect)
        {
            return redirect;
        }

        var scope = string.Create(CultureInfo.InvariantCulture, $"satisfaction:{Organization.Id}:{Report.FiscalYear}");
        return await FormDownloads.CachedPdfAsync(pdf, pdfStore, scope, Form, FileStem, cancellationToken);
    }

    public string DepartmentName(int? departmentId) => SatisfactionLabels.Department(departmentId, DepartmentNames);

    private PrintedForm Form => SatisfactionReportForm.For(Organization.Name, Results, Report, DepartmentNames,
        PortalData.BaseUrl(Request) + SatisfactionPaths.PublicForm(Organization.Slug));

    private string FileStem => string.Create(CultureInfo.InvariantCulture, $"satisfaction-report-{Organization.Slug}-{Report.FiscalYear}");

    private async Task<bool> LoadAsync(int year, CancellationToken cancellationToken)
    {
        var organization = await portal.OrganizationOfAsync(HttpContext, cancellationToken);
        if (organization is null || await board.ReportAsync(year, cancellationToken) is not { } report)
        {
            return false;
        }

        Organization = organization;
        Report = report;
        Results = await board.ResultsAsync(year, cancellationToken);
        DepartmentNames = await DepartmentChoices.NamesAsync(db, Results.Departments.Select(d => d.DepartmentId), cancellationToken);
        return true;
    }
}
