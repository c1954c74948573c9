using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Measures.Progress;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Measures.Reports;

/// <summary>
/// Builds the report contract (plain text, see MeasuresReport) from the plan as it is in the
/// database now: the draft of the next version, or the content frozen at publication.
/// </summary>
public sealed class BuildMeasuresReport(ProngsaiDbContext db, TimeProvider clock)
{
    /// <summary>The current draft of the organization's plan for the fiscal year, or null when there is no plan.</summary>
    public async Task<MeasuresReport?> DraftAsync(int fiscalYear, CancellationToken cancellationToken = default)
    {
        var plan = await LoadPlanAsync(fiscalYear, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var slug = await db.Organizations.AsNoTracking().Where(o => o.Id == plan.OrganizationId)
            .Select(o => o.Slug).FirstAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking().ToListAsync(cancellationToken);
        var version = await db.MeasureReportVersions.Where(v => v.FiscalYear == fiscalYear)
            .MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0;
        return Build(slug, plan, departments, BangkokTime.Today(clock), version + 1, publishedAt: null);
    }

    /// <summary>The plan with everything the report and the roll-up need, ordered.</summary>
    public async Task<MeasurePlan?> LoadPlanAsync(int fiscalYear, CancellationToken cancellationToken = default)
    {
        var plan = await db.MeasurePlans.AsNoTracking()
            .Include(p => p.Measures).ThenInclude(m => m.Steps).ThenInclude(s => s.Progress)
            .Include(p => p.Measures).ThenInclude(m => m.Results)
            .Include(p => p.Measures).ThenInclude(m => m.Departments)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.FiscalYear == fiscalYear, cancellationToken);
        if (plan is not null)
        {
            Order(plan);
        }

        return plan;
    }

    public static void Order(MeasurePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        plan.Measures = plan.Measures.OrderBy(m => m.SortOrder).ThenBy(m => m.Id).ToList();
        foreach (var measure in plan.Measures)
        {
            measure.Steps = measure.Steps.OrderBy(s => s.SortOrder).ThenBy(s => s.Id).ToList();
            measure.Results = measure.Results.OrderBy(r => r.SortOrder).ThenBy(r => r.Id).ToList();
        }
    }

    public static MeasuresReport Build(
        string organizationSlug, MeasurePlan plan, IReadOnlyCollection<Department> departments, DateOnly today,
        int version, DateTimeOffset? publishedAt)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var departmentOrder = departments.OrderBy(d => d.SortOrder).ThenBy(d => d.Id).ToList();
        var measures = plan.Measures.OrderBy(m => m.SortOrder).ThenBy(m => m.Id)
            .Select(m => Item(m, departmentOrder, today))
            .ToList();
        return new MeasuresReport(
            organizationSlug,
            plan.FiscalYear,
            version,
            publishedAt,
            MeasureText.Plain(plan.Title),
            MeasureText.PlainParagraphs(plan.Introduction),
            measures);
    }

    public static IReadOnlyList<string> Responsible(Measure measure, IReadOnlyCollection<Department> departments)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var names = new List<string>();
        if (measure.AllDepartments)
        {
            names.Add(AllDepartmentsName);
        }

        var ids = measure.Departments.Select(d => d.DepartmentId).ToHashSet();
        names.AddRange(departments.OrderBy(d => d.SortOrder).ThenBy(d => d.Id).Where(d => ids.Contains(d.Id)).Select(d => d.Name));
        names.AddRange(SplitOther(measure.OtherResponsible));
        return names.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The responsibility value that means every department.</summary>
    public const string AllDepartmentsName = "ทุกส่วนราชการ";

    internal static IEnumerable<string> SplitOther(string? other) =>
        (other ?? string.Empty).Split('\n').Select(MeasureText.Plain).Where(n => n.Length > 0);

    private static MeasureReportItem Item(Measure measure, IReadOnlyCollection<Department> departments, DateOnly today)
    {
        var progress = StatusRollup.ForMeasure(measure, today);
        return new MeasureReportItem(
            Number: measure.Number,
            Title: MeasureText.Plain(measure.Title),
            Steps: measure.Steps.OrderBy(s => s.SortOrder).ThenBy(s => s.Id).Select(s => MeasureText.Plain(s.Text)).Where(t => t.Length > 0).ToList(),
            Responsible: Responsible(measure, departments),
            Period: new ReportPeriod(
                MeasureText.Plain(measure.PeriodText),
                measure.PeriodStart is { } start ? YearMonth.FromDate(start).ToString() : null,
                measure.PeriodEnd is { } end ? YearMonth.FromDate(end).ToString() : null),
            Results: measure.Results.OrderBy(r => r.SortOrder).ThenBy(r => r.Id).Select(r => MeasureText.Plain(r.Text)).Where(t => t.Length > 0).ToList(),
            Outcome: MeasureText.Plain(measure.Outcome),
            Indicators: MeasureIndicators.Parse(measure.Indicators),
            Status: progress.Status,
            PercentDone: progress.PercentDone);
    }
}
