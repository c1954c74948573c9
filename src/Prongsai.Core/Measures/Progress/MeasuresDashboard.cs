using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Measures.Reports;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Measures.Progress;

public sealed record MeasureProgressRow(
    int MeasureId, string Number, string Title, IReadOnlyList<string> Responsible, string PeriodText, ProgressSummary Progress, bool CanEdit);

public sealed record DepartmentProgressRow(int DepartmentId, string Name, int Measures, int DueThisMonth, int Late, int PercentDone);

public sealed record PlanDashboard(
    MeasurePlan Plan, DateOnly Today, ProgressSummary Overall, IReadOnlyList<MeasureProgressRow> Measures, IReadOnlyList<DepartmentProgressRow> Departments);

/// <summary>Where the plan stands today (Asia/Bangkok): per measure and per department — due this month, late, percent done.</summary>
public sealed class MeasuresDashboard(ProngsaiDbContext db, BuildMeasuresReport builder, TimeProvider clock)
{
    public async Task<PlanDashboard?> ForFiscalYearAsync(StaffActor actor, int fiscalYear, CancellationToken cancellationToken = default)
    {
        var plan = await builder.LoadPlanAsync(fiscalYear, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var today = BangkokTime.Today(clock);
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.SortOrder).ThenBy(d => d.Id).ToListAsync(cancellationToken);
        var rows = plan.Measures
            .Select(m => new MeasureProgressRow(
                m.Id, m.Number, MeasureText.Plain(m.Title), BuildMeasuresReport.Responsible(m, departments),
                MeasureText.Plain(m.PeriodText), StatusRollup.ForMeasure(m, today), actor.CanEdit(m)))
            .ToList();
        var byDepartment = departments
            .Select(d =>
            {
                var mine = plan.Measures.Where(m => m.AllDepartments || m.Departments.Any(x => x.DepartmentId == d.Id))
                    .Select(m => StatusRollup.ForMeasure(m, today)).ToList();
                return new DepartmentProgressRow(
                    d.Id, d.Name, mine.Count, mine.Count(p => p.DueThisMonth), mine.Count(p => p.IsLate),
                    mine.Count == 0 ? 0 : (int)Math.Round(mine.Average(p => p.PercentDone), MidpointRounding.AwayFromZero));
            })
            .ToList();
        return new PlanDashboard(plan, today, StatusRollup.ForPlan(rows.Select(r => r.Progress).ToList()), rows, byDepartment);
    }

    /// <summary>Every fiscal year that has a plan, newest first, with its draft's standing and published versions.</summary>
    public async Task<IReadOnlyList<(MeasurePlan Plan, int Measures, int PublishedVersions)>> PlansAsync(CancellationToken cancellationToken = default)
    {
        var plans = await db.MeasurePlans.AsNoTracking().OrderByDescending(p => p.FiscalYear).ToListAsync(cancellationToken);
        var counts = await db.Measures.AsNoTracking().GroupBy(m => m.PlanId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var versions = await db.MeasureReportVersions.AsNoTracking().GroupBy(v => v.PlanId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return plans.Select(p => (p,
            counts.FirstOrDefault(c => c.Key == p.Id)?.Count ?? 0,
            versions.FirstOrDefault(v => v.Key == p.Id)?.Count ?? 0)).ToList();
    }
}
