using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.AntiCorruption;
using Prongsai.Core.Organizations;
using Prongsai.Documents.Pdf;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Pages.Staff.Org.AntiCorruption;
using Prongsai.Web.Portal;
using Prongsai.Web.Portal.PageCache;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Public.AntiCorruption;

/// <summary>
/// /{org}/anti-corruption/{year}: the approved anti-corruption action plan of a fiscal year (แผนปฏิบัติการป้องกันการ
/// ทุจริต) — every project by dimension with its budget and the totals — and, once a project is reported, the six-month
/// monitoring report and the annual report with their figures. /{org}/anti-corruption is the newest approved year; a year
/// not approved answers 404. The same rows download as CSV (?handler=csv), the printed plan as Word (?handler=docx) and
/// PDF (?handler=pdf, one address, so the page cache renders it once per publication). Approvals, reopenings and reports
/// bump the content stamp, so the cached page follows.
/// </summary>
[PublicPage]
public sealed class YearModel(PortalData portal, PlanBoard board, IPdfConverter pdf) : PageModel
{
    public Organization Organization { get; private set; } = null!;

    /// <summary>The year shown, or null when the office has published no plan yet.</summary>
    public PlanYear? Plan { get; private set; }

    /// <summary>Every approved year, newest first, to link to.</summary>
    public IReadOnlyList<int> PublishedYears { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken cancellationToken) =>
        await LoadAsync(year, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(int? year, CancellationToken cancellationToken) =>
        !await LoadAsync(year, cancellationToken) || Plan is null ? NotFound() : PlanPrint.Csv(Plan, FileStem(Plan));

    public async Task<IActionResult> OnGetDocxAsync(int? year, CancellationToken cancellationToken) =>
        !await LoadAsync(year, cancellationToken) || Plan is null ? NotFound() : PlanPrint.Docx(Organization.Name, Plan, FileStem(Plan));

    /// <summary>
    /// The PDF costs a browser run, so it is made once per publication: the page cache keeps it under its address, and
    /// any other address for it (an added query, a changed case) is sent to that one instead of rendering again.
    /// </summary>
    public async Task<IActionResult> OnGetPdfAsync(int? year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(year, cancellationToken) || Plan is null)
        {
            return NotFound();
        }

        if (FormDownloads.ElsewhereThanPdfAddress(Request, PlanLabels.PublicPath(Organization.Slug, Plan.FiscalYear)) is { } redirect)
        {
            return redirect;
        }

        return await PlanPrint.PdfAsync(pdf, Organization.Name, Plan, FileStem(Plan), cancellationToken);
    }

    private string FileStem(PlanYear year) =>
        string.Create(CultureInfo.InvariantCulture, $"anti-corruption-plan-{Organization.Slug}-{year.FiscalYear}");

    private async Task<bool> LoadAsync(int? year, CancellationToken cancellationToken)
    {
        var organization = await portal.OrganizationOfAsync(HttpContext, cancellationToken);
        if (organization is null || year is < PlanRules.FirstYear or > 3000)
        {
            return false;
        }

        Organization = organization;
        PublishedYears = await board.ApprovedYearsAsync(cancellationToken);
        var chosen = year ?? (PublishedYears.Count > 0 ? PublishedYears[0] : null);
        if (chosen is { } fiscalYear)
        {
            Plan = await board.PublishedAsync(fiscalYear, cancellationToken);
            return Plan is not null;
        }

        // No approved year at all: /{org}/anti-corruption says so; a year asked for by number does not exist.
        return year is null;
    }
}
