using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Organizations;
using Prongsai.Documents.Pdf;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Portal;
using Prongsai.Web.Pages.Staff.Org.Risks;
using Prongsai.Web.Portal.PageCache;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Public.Risks;

/// <summary>
/// /{org}/risks/{year}: the approved corruption risk assessment of a fiscal year (การประเมินความเสี่ยงการทุจริต) —
/// the matrix, every risk with its score and measures — and, below it, the report of what was done about each risk
/// after six and twelve months (รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริต). /{org}/risks is the newest
/// approved year. A year not approved answers 404: a draft is the working group's, not the public's. The same rows
/// download as CSV (?handler=csv), and the printed form as Word (?handler=docx) and PDF (?handler=pdf). Approvals, reopenings and follow-ups bump the content stamp, so the cached page follows.
/// </summary>
[PublicPage]
public sealed class YearModel(PortalData portal, RiskBoard board, IPdfConverter pdf) : PageModel
{
    public Organization Organization { get; private set; } = null!;

    /// <summary>The year shown, or null when the office has published no assessment yet.</summary>
    public RiskYear? Assessment { get; private set; }

    /// <summary>Every approved year, newest first, to link to.</summary>
    public IReadOnlyList<int> PublishedYears { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken cancellationToken) =>
        await LoadAsync(year, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(int? year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(year, cancellationToken) || Assessment is null)
        {
            return NotFound();
        }

        return File(RiskBoard.Csv(Assessment), "text/csv; charset=utf-8", FileStem(Assessment) + ".csv");
    }

    public async Task<IActionResult> OnGetDocxAsync(int? year, CancellationToken cancellationToken) =>
        !await LoadAsync(year, cancellationToken) || Assessment is null
            ? NotFound()
            : RiskPrint.Docx(Organization.Name, Assessment, FileStem(Assessment));

    /// <summary>
    /// The PDF costs a browser run, so it is made once per publication: the page cache keeps it under its address, and
    /// any other address for it (an added query, a changed case) is sent to that one instead of rendering again.
    /// </summary>
    public async Task<IActionResult> OnGetPdfAsync(int? year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(year, cancellationToken) || Assessment is null)
        {
            return NotFound();
        }

        if (FormDownloads.ElsewhereThanPdfAddress(Request, RiskLabels.PublicPath(Organization.Slug, Assessment.FiscalYear)) is { } redirect)
        {
            return redirect;
        }

        return await RiskPrint.PdfAsync(pdf, Organization.Name, Assessment, FileStem(Assessment), cancellationToken);
    }

    private string FileStem(RiskYear year) =>
        string.Create(CultureInfo.InvariantCulture, $"corruption-risks-{Organization.Slug}-{year.FiscalYear}");

    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private async Task<bool> LoadAsync(int? year, CancellationToken cancellationToken)
    {
        var organization = await portal.OrganizationOfAsync(HttpContext, cancellationToken);
        if (organization is null || year is < RiskRules.FirstYear or > 3000)
        {
            return false;
        }

        Organization = organization;
        PublishedYears = (await board.PublishedYearsAsync(cancellationToken)).Select(y => y.FiscalYear).ToList();
        var chosen = year ?? (PublishedYears.Count > 0 ? PublishedYears[0] : null);
        if (chosen is { } fiscalYear)
        {
            Assessment = await board.PublishedAsync(fiscalYear, cancellationToken);
            return Assessment is not null;
        }

        // No approved year at all: /{org}/risks says so; a year asked for by number does not exist.
        return year is null;
    }
}
