using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Budget;
using Prongsai.Documents.Budget;
using Prongsai.Web.Portal.PageCache;

namespace Prongsai.Web.Pages.Public.Budget;

/// <summary>
/// /{org}/budget/{fiscalYear}?report=plan|six-month|annual: one published document of the year as charts and tables,
/// the tabs of the others, the downloads. Nothing of an unpublished plan is shown (404); a report not yet published
/// says so.
/// </summary>
[PublicPage]
public sealed class ReportModel(BudgetReports reports, TimeProvider clock) : PageModel
{
    public int FiscalYear { get; private set; }
    public BudgetReportKind Kind { get; private set; }
    public BudgetReport? Report { get; private set; }
    public IReadOnlyList<BudgetPublicationInfo> Publications { get; private set; } = [];

    /// <summary>
    /// The last day a report not yet published covers, while that day has not passed (the six-month report covers the
    /// year to the end of March, the annual one to the end of September), so the page says "not due yet" rather than
    /// "not published"; null otherwise. The page cache keeps a page ten minutes.
    /// </summary>
    public DateOnly? NotDueUntil { get; private set; }

    public async Task<IActionResult> OnGetAsync(int fiscalYear, string? report, CancellationToken cancellationToken)
    {
        if (BudgetNames.ParseKind(report) is not { } kind || fiscalYear is < 2400 or > 3000)
        {
            return NotFound();
        }

        FiscalYear = fiscalYear;
        Kind = kind;
        Publications = await reports.PublicationsAsync(fiscalYear, cancellationToken);
        if (Publications.All(p => p.Kind != BudgetReportKind.Plan))
        {
            return NotFound();
        }

        if (Publications.Any(p => p.Kind == kind))
        {
            Report = await reports.PublicAsync(fiscalYear, kind, cancellationToken);
        }
        else
        {
            var year = new Core.Calendar.FiscalYear(fiscalYear);
            var covers = kind == BudgetReportKind.SixMonth ? year.HalfYearLastMonth.LastDay : year.End;
            NotDueUntil = covers >= Core.Calendar.BangkokTime.Today(clock) ? covers : null;
        }

        return Page();
    }

    public string Body() => Report is null ? "" : BudgetHtmlWriter.Body(Report, BudgetNames.Token(Kind), headingLevel: 2, scrollable: true);

    public string Link(BudgetReportKind kind) => BudgetEvidenceSource.PublicPath(HttpContext.Request.RouteValues["org"] as string, FiscalYear, kind);

    public string Download(string format) =>
        string.Create(CultureInfo.InvariantCulture, $"/{HttpContext.Request.RouteValues["org"]}/budget/{FiscalYear}/report.{format}?report={BudgetNames.Token(Kind)}");

    public string Api(string? format) =>
        string.Create(CultureInfo.InvariantCulture, $"/api/v1/orgs/{HttpContext.Request.RouteValues["org"]}/budget/{FiscalYear}") + (format is null ? "" : "?format=" + format);
}
