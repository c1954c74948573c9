using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Budget;
using Prongsai.Web.Portal.PageCache;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Public.Budget;

/// <summary>
/// /{org}/budget: the fiscal years with a published spending plan. ?year=N (how the ITA checklist links a category
/// of a year, "?category=budget-reports&amp;year=2568") goes to that year's plan or, for the reports, its latest report.
/// </summary>
[PublicPage]
public sealed class IndexModel(BudgetReports reports) : PageModel
{
    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? year, string? category, CancellationToken cancellationToken)
    {
        var slug = HttpContext.Organization()!.Slug;
        if (year is { } y)
        {
            var published = await reports.PublicationsAsync(y, cancellationToken);
            if (published.All(p => p.Kind != BudgetReportKind.Plan))
            {
                return NotFound();
            }

            var kind = category == BudgetEvidenceSource.ReportsCategory
                ? published.Select(p => p.Kind).Where(k => k != BudgetReportKind.Plan).DefaultIfEmpty(BudgetReportKind.Plan).Max()
                : BudgetReportKind.Plan;
            return Redirect(BudgetEvidenceSource.PublicPath(slug, y, kind));
        }

        Years = await reports.PublishedYearsAsync(cancellationToken);
        return Page();
    }

    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
