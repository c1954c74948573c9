using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Features;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Budget;

/// <summary>
/// The published plan and reports as ITA evidence: the spending plan (O18), the six-month report (O19) and the annual
/// report (O20). The catalogs map these items to the document categories "budget-plans" and "budget-reports", so the
/// candidates carry those tags under the documents' source key and the checklist suggests them with no catalog change;
/// their item ids ("budget:2567:plan") never collide with a document's number.
/// </summary>
public sealed class BudgetEvidenceSource(ProngsaiDbContext db, CurrentOrganization organization) : IEvidenceSource
{
    public const string PlanCategory = "budget-plans";
    public const string ReportsCategory = "budget-reports";

    public string Key => "budget";

    public EvidenceHint Hint { get; } = new("เผยแพร่แผนการใช้จ่ายงบประมาณและรายงานผลรอบ 6 เดือนและประจำปี",
        "Publish the budget spending plan and its six-month and yearly reports", "budget");

    public async Task<IReadOnlyList<EvidenceCandidate>> FindAsync(int? fiscalYear, CancellationToken cancellationToken)
    {
        var publications = await db.Set<BudgetReportPublication>().AsNoTracking()
            .Where(p => fiscalYear == null || p.FiscalYear == fiscalYear)
            .Select(p => new { p.FiscalYear, p.Kind, p.PublishedAt })
            .ToListAsync(cancellationToken);
        var planYears = publications.Where(p => p.Kind == BudgetReportKind.Plan).Select(p => p.FiscalYear).ToHashSet();
        return publications.Where(p => planYears.Contains(p.FiscalYear))
            .OrderBy(p => p.FiscalYear).ThenBy(p => p.Kind)
            .Select(p => new EvidenceCandidate(
                ChecklistSuggestions.Documents, "budget-report",
                string.Create(CultureInfo.InvariantCulture, $"budget:{p.FiscalYear}:{BudgetNames.Token(p.Kind)}"),
                string.Create(CultureInfo.InvariantCulture, $"{BudgetNames.Thai(p.Kind)} ปีงบประมาณ พ.ศ. {p.FiscalYear}"),
                PublicPath(organization.Slug, p.FiscalYear, p.Kind),
                p.FiscalYear, p.PublishedAt, [p.Kind == BudgetReportKind.Plan ? PlanCategory : ReportsCategory, "budget"]))
            .ToList();
    }

    /// <summary>"/bangkha/budget/2568?report=six-month" (the plan without the query).</summary>
    public static string PublicPath(string? slug, int fiscalYear, BudgetReportKind kind) =>
        string.Create(CultureInfo.InvariantCulture, $"/{slug}/budget/{fiscalYear}")
        + (kind == BudgetReportKind.Plan ? "" : "?report=" + BudgetNames.Token(kind));
}
