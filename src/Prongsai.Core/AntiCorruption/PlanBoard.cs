using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Data;
using Prongsai.Core.Money;
using Prongsai.Core.Organizations;
using Prongsai.Core.Text;

namespace Prongsai.Core.AntiCorruption;

/// <summary>A project with its department's name and its two reports.</summary>
public sealed record ProjectLine(PlanProject Project, string? DepartmentName, ProjectReport? HalfYear, ProjectReport? YearEnd)
{
    public ProjectReport? Report(FollowUpRound round) => round == FollowUpRound.HalfYear ? HalfYear : YearEnd;
}

/// <summary>A round's figures for one dimension (or all, <see cref="Dimension"/> null): projects by state, money planned and spent.</summary>
public sealed record RoundSummary(PlanDimension? Dimension, int Projects, int NotReported, IReadOnlyDictionary<ProjectStatus, int> ByStatus,
    decimal Planned, decimal Spent);

/// <summary>A year's plan (null when nobody has started it) and its projects by dimension, in the order they were added.</summary>
public sealed record PlanYear(int FiscalYear, AntiCorruptionPlan? Plan, IReadOnlyList<ProjectLine> Lines)
{
    public bool Approved => Plan?.Status == PlanStatus.Approved;

    public string Title => PlanRules.TitleOf(Plan?.Title, FiscalYear);

    public decimal TotalBudget => Lines.Sum(l => l.Project.Budget);

    /// <summary>The dimensions with their projects, in the template's order; a dimension without projects is left out.</summary>
    public IReadOnlyList<(PlanDimension Dimension, IReadOnlyList<ProjectLine> Lines)> ByDimension() =>
        Enum.GetValues<PlanDimension>()
            .Select(d => (d, (IReadOnlyList<ProjectLine>)Lines.Where(l => l.Project.Dimension == d).ToList()))
            .Where(g => g.Item2.Count > 0).ToList();

    /// <summary>Whether any project has a report of the round (the website shows the round's report only then).</summary>
    public bool Reported(FollowUpRound round) => Lines.Any(l => l.Report(round) is not null);

    /// <summary>The round's figures per dimension that has projects, then the total (dimension null).</summary>
    public IReadOnlyList<RoundSummary> Summary(FollowUpRound round)
    {
        RoundSummary Of(PlanDimension? dimension, IReadOnlyList<ProjectLine> lines)
        {
            var reports = lines.Select(l => l.Report(round)).Where(r => r is not null).Select(r => r!).ToList();
            var byStatus = Enum.GetValues<ProjectStatus>().ToDictionary(s => s, s => reports.Count(r => r.Status == s));
            return new RoundSummary(dimension, lines.Count, lines.Count - reports.Count, byStatus,
                lines.Sum(l => l.Project.Budget), reports.Sum(r => r.Spent ?? 0));
        }

        var rows = ByDimension().Select(g => Of(g.Dimension, g.Lines)).ToList();
        rows.Add(Of(null, Lines));
        return rows;
    }
}

/// <summary>One project as a member may see it, with what they may do with it.</summary>
public sealed record ProjectView(ProjectLine Line, AntiCorruptionPlan Plan, bool MayEdit, bool MayReport);

/// <summary>Reads the plans. Every member of the back office reads them; the website reads approved ones only.</summary>
public sealed class PlanBoard(ProngsaiDbContext db, TimeProvider clock)
{
    public async Task<PlanYear> YearAsync(int fiscalYear, CancellationToken cancellationToken = default)
    {
        var plan = await db.Set<AntiCorruptionPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.FiscalYear == fiscalYear, cancellationToken);
        return new PlanYear(fiscalYear, plan, plan is null ? [] : await LinesAsync(plan.Id, cancellationToken));
    }

    /// <summary>The approved plan of a year, as the website shows it; null while there is none.</summary>
    public async Task<PlanYear?> PublishedAsync(int fiscalYear, CancellationToken cancellationToken = default)
    {
        var plan = await db.Set<AntiCorruptionPlan>().AsNoTracking()
            .FirstOrDefaultAsync(p => p.FiscalYear == fiscalYear && p.Status == PlanStatus.Approved, cancellationToken);
        return plan is null ? null : new PlanYear(fiscalYear, plan, await LinesAsync(plan.Id, cancellationToken));
    }

    /// <summary>The years that have a plan, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken = default) =>
        await db.Set<AntiCorruptionPlan>().AsNoTracking().OrderByDescending(p => p.FiscalYear).Select(p => p.FiscalYear).ToListAsync(cancellationToken);

    /// <summary>The approved years, newest first (the website links to each).</summary>
    public async Task<IReadOnlyList<int>> ApprovedYearsAsync(CancellationToken cancellationToken = default) =>
        await db.Set<AntiCorruptionPlan>().AsNoTracking().Where(p => p.Status == PlanStatus.Approved)
            .OrderByDescending(p => p.FiscalYear).Select(p => p.FiscalYear).ToListAsync(cancellationToken);

    /// <summary>
    /// The approved years, newest first, with the day each was approved and the last day each round was reported (null:
    /// not reported yet): what the website and the ITA checklist offer.
    /// </summary>
    public async Task<IReadOnlyList<(int FiscalYear, DateTimeOffset? ApprovedAt, DateTimeOffset? HalfYear, DateTimeOffset? YearEnd)>> PublishedYearsAsync(
        CancellationToken cancellationToken = default)
    {
        var years = await db.Set<AntiCorruptionPlan>().AsNoTracking().Where(p => p.Status == PlanStatus.Approved)
            .OrderByDescending(p => p.FiscalYear)
            .Select(p => new
            {
                p.FiscalYear,
                p.ApprovedAt,
                Reports = p.Projects.SelectMany(j => j.Reports).Select(r => new { r.Round, r.RecordedAt }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return years.Select(y => (y.FiscalYear, y.ApprovedAt,
            Last(y.Reports.Where(r => r.Round == FollowUpRound.HalfYear).Select(r => r.RecordedAt)),
            Last(y.Reports.Where(r => r.Round == FollowUpRound.YearEnd).Select(r => r.RecordedAt)))).ToList();
    }

    public async Task<ProjectView?> FindAsync(StaffActor actor, int projectId, CancellationToken cancellationToken = default)
    {
        var project = await db.Set<PlanProject>().AsNoTracking().Include(j => j.Reports).Include(j => j.Plan)
            .FirstOrDefaultAsync(j => j.Id == projectId, cancellationToken);
        if (project?.Plan is not { } plan || !actor.IsMember)
        {
            return null;
        }

        var names = await DepartmentChoices.NamesAsync(db, [project.DepartmentId], cancellationToken);
        var mayWork = actor.HasFor(PlanPermissions.WriteAntiCorruptionPlan, project.DepartmentId);
        return new ProjectView(Line(project, names), plan,
            MayEdit: mayWork && plan.Status == PlanStatus.Draft,
            MayReport: mayWork && plan.Status == PlanStatus.Approved);
    }

    /// <summary>The departments a member may put projects under (an edited project's own one though retired).</summary>
    public Task<IReadOnlyList<DepartmentChoice>> DepartmentsAsync(StaffActor actor, CancellationToken cancellationToken = default, int? current = null) =>
        DepartmentChoices.ForAsync(db, actor, PlanPermissions.WriteAntiCorruptionPlan, cancellationToken, current);

    /// <summary>Drafts with at least one project, of this fiscal year or the next, waiting for the head of the office.</summary>
    public async Task<IReadOnlyList<int>> WaitingForApprovalAsync(CancellationToken cancellationToken = default)
    {
        var current = CurrentYear;
        return await db.Set<AntiCorruptionPlan>()
            .Where(p => p.Status == PlanStatus.Draft && p.FiscalYear >= current && p.FiscalYear <= current + 1 && p.Projects.Any())
            .OrderBy(p => p.FiscalYear).Select(p => p.FiscalYear).ToListAsync(cancellationToken);
    }

    /// <summary>Whether the year has a plan with at least one project, approved or not.</summary>
    public Task<bool> StartedAsync(int fiscalYear, CancellationToken cancellationToken = default) =>
        db.Set<AntiCorruptionPlan>().AnyAsync(p => p.FiscalYear == fiscalYear && p.Projects.Any(), cancellationToken);

    /// <summary>
    /// The member's projects whose report is due and missing: this year's six months after 31 March, last year's twelve
    /// months once that year ended. A department head counts only their departments' projects.
    /// </summary>
    public async Task<IReadOnlyList<(int FiscalYear, FollowUpRound Round, int Count)>> ReportsDueAsync(
        StaffActor actor, CancellationToken cancellationToken = default)
    {
        var today = BangkokTime.Today(clock);
        var current = CurrentYear;
        var due = new List<(int, FollowUpRound, int)>();
        foreach (var (year, round) in new[] { (current, FollowUpRound.HalfYear), (current - 1, FollowUpRound.YearEnd) })
        {
            if (today <= RiskRules.DueAfter(year, round))
            {
                continue;
            }

            var projects = db.Set<PlanProject>().Where(j => j.Plan!.FiscalYear == year
                && j.Plan.Status == PlanStatus.Approved && !j.Reports.Any(r => r.Round == round));
            if (!actor.IsOrganizationWide)
            {
                var mine = actor.DepartmentIds.ToList();
                projects = projects.Where(j => j.DepartmentId != null && mine.Contains(j.DepartmentId.Value));
            }

            var count = await projects.CountAsync(cancellationToken);
            if (count > 0)
            {
                due.Add((year, round, count));
            }
        }

        return due;
    }

    /// <summary>The plan and its reports as a table, for the CSV and Excel downloads.</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) Table(PlanYear year)
    {
        IReadOnlyList<string> header =
        [
            "ลำดับ", "มิติ", "โครงการ/กิจกรรม/มาตรการ", "วัตถุประสงค์/เป้าหมาย", "งบประมาณ (บาท)", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ",
            "สถานะ รอบ 6 เดือน", "ใช้งบประมาณ รอบ 6 เดือน (บาท)", "ผลการดำเนินการ รอบ 6 เดือน",
            "สถานะ รอบ 12 เดือน", "ใช้งบประมาณ รอบ 12 เดือน (บาท)", "ผลการดำเนินการ รอบ 12 เดือน",
        ];
        var rows = year.ByDimension().SelectMany(g => g.Lines).Select((line, i) =>
        {
            var j = line.Project;
            return (IReadOnlyList<string>)
            [
                (i + 1).ToString(CultureInfo.InvariantCulture), PlanTexts.Dimension(j.Dimension), j.Name, j.Objective,
                ThaiMoney.Format(j.Budget), line.DepartmentName ?? DepartmentChoices.WholeOffice, j.Period,
                .. ReportCells(line.HalfYear), .. ReportCells(line.YearEnd),
            ];
        }).ToList();
        return (header, rows);
    }

    public static byte[] Csv(PlanYear year)
    {
        var (header, rows) = Table(year);
        return CsvFiles.ToFile(header, rows);
    }

    private int CurrentYear => FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;

    private static DateTimeOffset? Last(IEnumerable<DateTimeOffset> times) => times.Select(t => (DateTimeOffset?)t).Max();

    private static string[] ReportCells(ProjectReport? report) => report is null
        ? ["", "", ""]
        : [PlanTexts.Status(report.Status), report.Spent is { } s ? ThaiMoney.Format(s) : "", report.Result];

    private async Task<IReadOnlyList<ProjectLine>> LinesAsync(int planId, CancellationToken cancellationToken)
    {
        var projects = await db.Set<PlanProject>().AsNoTracking().Include(j => j.Reports)
            .Where(j => j.PlanId == planId).OrderBy(j => j.Id).ToListAsync(cancellationToken);
        var names = await DepartmentChoices.NamesAsync(db, projects.Select(j => j.DepartmentId), cancellationToken);
        return projects.Select(j => Line(j, names)).ToList();
    }

    private static ProjectLine Line(PlanProject project, Dictionary<int, string> names) => new(project,
        project.DepartmentId is { } id ? names.GetValueOrDefault(id) : null,
        project.Reports.FirstOrDefault(r => r.Round == FollowUpRound.HalfYear), project.Reports.FirstOrDefault(r => r.Round == FollowUpRound.YearEnd));
}
