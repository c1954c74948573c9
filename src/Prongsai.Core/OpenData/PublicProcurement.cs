using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Procurement;

namespace Prongsai.Core.OpenData;

/// <summary>The procurement plan as the public sees it: its latest published revision.</summary>
public sealed record PublishedPlan(int FiscalYear, int Number, DateTimeOffset PublishedAt, IReadOnlyList<ProcurementPlanItemSnapshot> Items);

/// <summary>
/// What of one organization's procurement year is public (docs/open-data.md; the rule every public page shares): the
/// months whose สขร.1 is published (their records are public), the latest plan revision, and when each was published.
/// </summary>
public sealed record PublicProcurement(IReadOnlySet<DateOnly> MonthlyMonths, bool AnnualPublished, PublishedPlan? LatestPlan, IReadOnlyList<DateTimeOffset> PublishedAts)
{
    public static async Task<PublicProcurement> ForYearAsync(ProngsaiDbContext db, int organizationId, int fiscalYear, CancellationToken cancellationToken)
    {
        var publications = await db.Set<ProcurementReportPublication>().AsNoTracking()
            .Where(p => p.OrganizationId == organizationId && p.FiscalYear == fiscalYear)
            .Select(p => new { p.Kind, p.Month, p.PublishedAt })
            .ToListAsync(cancellationToken);
        var revision = await db.Set<ProcurementPlanRevision>().AsNoTracking()
            .Where(r => r.OrganizationId == organizationId)
            .Join(db.Set<ProcurementPlan>().Where(p => p.FiscalYear == fiscalYear), r => r.PlanId, p => p.Id, (r, p) => r)
            .OrderByDescending(r => r.Number)
            .Select(r => new { r.Number, r.PublishedAt, r.ItemsJson })
            .FirstOrDefaultAsync(cancellationToken);

        var plan = revision is null ? null : new PublishedPlan(fiscalYear, revision.Number, revision.PublishedAt, ProcurementPlanSnapshot.FromJson(revision.ItemsJson));
        var months = publications.Where(p => p.Kind == ProcurementReportKind.Monthly && p.Month is not null).Select(p => p.Month!.Value).ToHashSet();
        var times = publications.Select(p => p.PublishedAt).ToList();
        if (plan is not null)
        {
            times.Add(plan.PublishedAt);
        }

        return new PublicProcurement(months, publications.Any(p => p.Kind == ProcurementReportKind.Annual), plan, times);
    }
}
