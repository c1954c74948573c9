using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Features;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Procurement;

/// <summary>
/// The published procurement pages as ITA evidence: the plan (O21, category "procurement-plans"), each published
/// month's สขร.1 (O23, "procurement-monthly") and the annual report (O24, "procurement-annual"). They are offered
/// under the documents' source key and tagged with the document categories the ITA catalogs already map to those
/// items, so the checklist suggests them exactly as it would a scanned PDF filed in that category.
/// </summary>
public sealed class ProcurementEvidenceSource(ProngsaiDbContext db, CurrentOrganization organization) : IEvidenceSource
{
    public const string PlanCategory = "procurement-plans";
    public const string MonthlyCategory = "procurement-monthly";
    public const string AnnualCategory = "procurement-annual";

    // The source is named for itself; its candidates carry the documents' key (below), which is what the catalogs map.
    public string Key => "procurement";

    public EvidenceHint Hint { get; } = new("เผยแพร่แผนการจัดซื้อจัดจ้าง สรุปผลรายเดือน (สขร.1) และรายงานประจำปี",
        "Publish the procurement plan, the monthly summaries and the yearly report", "procurement");

    public async Task<IReadOnlyList<EvidenceCandidate>> FindAsync(int? fiscalYear, CancellationToken cancellationToken)
    {
        var revisions = await db.Set<ProcurementPlanRevision>().AsNoTracking()
            .Join(db.Set<ProcurementPlan>(), r => r.PlanId, p => p.Id, (r, p) => new { p.FiscalYear, r.Number, r.PublishedAt })
            .Where(r => fiscalYear == null || r.FiscalYear == fiscalYear)
            .ToListAsync(cancellationToken);
        var publications = await db.Set<ProcurementReportPublication>().AsNoTracking()
            .Where(p => fiscalYear == null || p.FiscalYear == fiscalYear)
            .ToListAsync(cancellationToken);
        var slug = organization.Slug!;
        var candidates = new List<EvidenceCandidate>();
        foreach (var plan in revisions.GroupBy(r => r.FiscalYear).Select(g => g.MaxBy(r => r.Number)!).OrderBy(r => r.FiscalYear))
        {
            var year = plan.FiscalYear.ToString(CultureInfo.InvariantCulture);
            // The path ends in "/#plan" so that the checklist's category link (the path up to its last "/") is the year page.
            candidates.Add(new EvidenceCandidate(ChecklistSuggestions.Documents, "procurement-plan", $"procurement-plan:{year}",
                $"แผนการจัดซื้อจัดจ้าง ปีงบประมาณ {year}", $"/{slug}/procurement/{year}/#plan", plan.FiscalYear, plan.PublishedAt, [PlanCategory]));
        }

        foreach (var p in publications.OrderBy(p => p.FiscalYear).ThenBy(p => p.Month))
        {
            var year = p.FiscalYear.ToString(CultureInfo.InvariantCulture);
            if (p.Kind == ProcurementReportKind.Monthly && p.Month is { } first)
            {
                var month = YearMonth.FromDate(first);
                var monthSlug = ProcurementTexts.MonthSlug(month);
                candidates.Add(new EvidenceCandidate(ChecklistSuggestions.Documents, "procurement-monthly", $"procurement-monthly:{year}:{monthSlug}",
                    "สรุปผลการจัดซื้อจัดจ้าง (สขร.1) เดือน" + ThaiDate.FormatMonthYear(month), $"/{slug}/procurement/{year}/{monthSlug}",
                    p.FiscalYear, p.PublishedAt, [MonthlyCategory], month));
            }
            else if (p.Kind == ProcurementReportKind.Annual)
            {
                candidates.Add(new EvidenceCandidate(ChecklistSuggestions.Documents, "procurement-annual", $"procurement-annual:{year}",
                    $"รายงานผลการจัดซื้อจัดจ้างประจำปีงบประมาณ {year}", $"/{slug}/procurement/{year}/#annual",
                    p.FiscalYear, p.PublishedAt, [AnnualCategory]));
            }
        }

        return candidates;
    }
}
