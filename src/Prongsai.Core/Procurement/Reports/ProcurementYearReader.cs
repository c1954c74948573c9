using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;

namespace Prongsai.Core.Procurement.Reports;

/// <summary>
/// Reads a fiscal year's procurement in four SQL commands (plan with revisions, publications, records, bids), and the
/// years with anything public in one.
/// Amounts are aggregated in memory: SQLite cannot sum decimals, and one organization's year is small.
/// </summary>
public sealed class ProcurementYearReader(ProngsaiDbContext db)
{
    /// <summary>What the public sees: published revisions, published months with their lines, the annual report flag.</summary>
    public Task<ProcurementYear> PublicAsync(int fiscalYear, CancellationToken cancellationToken) => ReadAsync(fiscalYear, staff: false, cancellationToken);

    /// <summary>
    /// The fiscal years with anything public, newest first: a published plan revision, a published monthly สขร.1 or
    /// the annual report (the rule of <see cref="ProcurementYear.HasAnythingPublic"/> and of the open-data catalog).
    /// One SQL command, whatever the number of years.
    /// </summary>
    public async Task<IReadOnlyList<int>> PublicYearsAsync(CancellationToken cancellationToken = default) =>
        (await db.Set<ProcurementPlan>().AsNoTracking().Where(p => p.Revisions.Any()).Select(p => p.FiscalYear)
            .Union(db.Set<ProcurementReportPublication>().AsNoTracking().Select(p => p.FiscalYear))
            .ToListAsync(cancellationToken)).Distinct().OrderDescending().ToList();

    /// <summary>Everything, drafts included (back office).</summary>
    public Task<ProcurementYear> StaffAsync(int fiscalYear, CancellationToken cancellationToken) => ReadAsync(fiscalYear, staff: true, cancellationToken);

    private async Task<ProcurementYear> ReadAsync(int fiscalYear, bool staff, CancellationToken cancellationToken)
    {
        var year = new FiscalYear(fiscalYear);
        var plan = await db.Set<ProcurementPlan>().AsNoTracking().Include(p => p.Revisions)
            .FirstOrDefaultAsync(p => p.FiscalYear == fiscalYear, cancellationToken);
        var publications = await db.Set<ProcurementReportPublication>().AsNoTracking()
            .Where(p => p.FiscalYear == fiscalYear).ToListAsync(cancellationToken);
        var publishedMonths = publications.Where(p => p.Kind == ProcurementReportKind.Monthly && p.Month != null)
            .ToDictionary(p => p.Month!.Value, p => p.PublishedAt);
        var monthKeys = publishedMonths.Keys.ToList();
        var records = await db.Set<ProcurementRecord>().AsNoTracking().AsSplitQuery()
            .Include(r => r.Bids).Include(r => r.Announcements)
            .Where(r => r.FiscalYear == fiscalYear && (staff || monthKeys.Contains(r.Month)))
            .ToListAsync(cancellationToken);
        foreach (var record in records)
        {
            record.Bids = record.Bids.OrderBy(b => b.Ordinal).ToList();
        }

        var months = Enumerable.Range(0, 12).Select(i => year.FirstMonth.AddMonths(i)).Select(m => new MonthView(
            m, publishedMonths.ContainsKey(m.FirstDay), publishedMonths.TryGetValue(m.FirstDay, out var at) ? at : null,
            records.Where(r => r.Month == m.FirstDay).OrderBy(r => r.Ordinal).ThenBy(r => r.Id).ToList())).ToList();
        var revisions = (plan?.Revisions ?? []).OrderBy(r => r.Number)
            .Select(r => new PlanRevisionView(r.Number, r.PublishedOn, r.Reason, ProcurementPlanSnapshot.FromJson(r.ItemsJson))).ToList();
        var annual = publications.FirstOrDefault(p => p.Kind == ProcurementReportKind.Annual);
        return new ProcurementYear(fiscalYear, plan?.BudgetAllocatedOn, revisions, months, annual is not null, annual?.PublishedAt,
            plan?.IsSample == true || records.Any(r => r.IsSample));
    }
}
