using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;

namespace Prongsai.Core.Budget;

/// <summary>
/// Reads a fiscal year's plan as a report. The public rule (shared with the open-data catalog): the plan is public once
/// its Plan publication exists; disbursements of ต.ค.–มี.ค. once SixMonth exists, of every month once Annual exists.
/// The organization's rows of one year are loaded and summed in memory (SQLite cannot sum decimals in SQL).
/// </summary>
public sealed class BudgetReports(ProngsaiDbContext db)
{
    /// <summary>What the public may see of <paramref name="kind"/>, or null when it is not published (the page answers 404).</summary>
    public async Task<BudgetReport?> PublicAsync(int fiscalYear, BudgetReportKind kind, CancellationToken cancellationToken = default) =>
        await PublicAsync(fiscalYear, kind, await PublicationsAsync(fiscalYear, cancellationToken), cancellationToken);

    /// <summary>The furthest report of the year the public may see (annual, else six-month, else the plan), or null.</summary>
    public async Task<BudgetReport?> FurthestPublicAsync(int fiscalYear, CancellationToken cancellationToken = default)
    {
        var publications = await PublicationsAsync(fiscalYear, cancellationToken);
        return publications.MaxBy(p => p.Kind) is { } furthest
            ? await PublicAsync(fiscalYear, furthest.Kind, publications, cancellationToken)
            : null;
    }

    private async Task<BudgetReport?> PublicAsync(
        int fiscalYear, BudgetReportKind kind, IReadOnlyList<BudgetPublicationInfo> publications, CancellationToken cancellationToken)
    {
        if (publications.All(p => p.Kind != BudgetReportKind.Plan) || publications.All(p => p.Kind != kind))
        {
            return null;
        }

        var months = publications.Any(p => p.Kind == BudgetReportKind.Annual) ? 12
            : publications.Any(p => p.Kind == BudgetReportKind.SixMonth) ? 6 : 0;
        return await BuildAsync(fiscalYear, kind, publications, Math.Min(months, BudgetNames.MonthsOf(kind)), cancellationToken);
    }

    /// <summary>Everything, for the staff pages and for rendering a report being published.</summary>
    public async Task<BudgetReport?> StaffAsync(int fiscalYear, BudgetReportKind kind = BudgetReportKind.Annual, CancellationToken cancellationToken = default)
    {
        var publications = await PublicationsAsync(fiscalYear, cancellationToken);
        return await BuildAsync(fiscalYear, kind, publications, 12, cancellationToken);
    }

    /// <summary>The report kinds published for a fiscal year (the public page's tabs).</summary>
    public async Task<IReadOnlyList<BudgetPublicationInfo>> PublicationsAsync(int fiscalYear, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<BudgetReportPublication>().AsNoTracking()
            .Where(p => p.FiscalYear == fiscalYear)
            .Select(p => new { p.Kind, p.PublishedAt, p.PublishedByName })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(p => p.Kind).Select(p => new BudgetPublicationInfo(p.Kind, p.PublishedAt, p.PublishedByName)).ToList();
    }

    /// <summary>Fiscal years with a published plan, newest first.</summary>
    public async Task<IReadOnlyList<int>> PublishedYearsAsync(CancellationToken cancellationToken = default) =>
        (await db.Set<BudgetReportPublication>().AsNoTracking().Where(p => p.Kind == BudgetReportKind.Plan)
            .Select(p => p.FiscalYear).ToListAsync(cancellationToken)).Distinct().OrderDescending().ToList();

    private async Task<BudgetReport?> BuildAsync(
        int fiscalYear, BudgetReportKind kind, IReadOnlyList<BudgetPublicationInfo> publications, int monthsShown, CancellationToken cancellationToken)
    {
        var plan = await db.Set<BudgetPlan>().AsNoTracking()
            .Include(p => p.Lines).ThenInclude(l => l.Months)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.FiscalYear == fiscalYear, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == plan.OrganizationId)
            .Select(o => new { o.Slug, o.Name }).FirstAsync(cancellationToken);
        var lines = plan.Lines.OrderBy(l => l.Ordinal).ThenBy(l => l.Id).Select(l => ToLine(l, monthsShown)).ToList();
        return new BudgetReport(organization.Slug, organization.Name, fiscalYear, kind, plan.PlanningPeriod, plan.AllocatedOn,
            plan.IsSample, lines, publications, monthsShown);
    }

    private static BudgetReportLine ToLine(BudgetLine l, int monthsShown)
    {
        var planned = new decimal?[12];
        var disbursed = new decimal?[12];
        foreach (var m in l.Months.Where(m => m.FiscalMonth is >= 1 and <= 12))
        {
            planned[m.FiscalMonth - 1] = m.Planned;
            disbursed[m.FiscalMonth - 1] = m.FiscalMonth <= monthsShown ? m.Disbursed : null;
        }

        return new BudgetReportLine(l.Id, l.Ordinal, l.SectorCode, l.Sector, l.ProgramCode, l.Program, l.WorkCode, l.Work,
            l.Category, l.Subcategory, l.Item, l.DepartmentId, l.DepartmentName, l.Amount, planned, disbursed);
    }
}
