using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Features;
using Prongsai.Core.Measures.Progress;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Measures;

/// <summary>
/// The measures card: reports waiting for approval (for those who approve); the two publications the ITA asks for
/// every year — this fiscal year's measures and last year's results report — when missing (for those who plan or ask
/// for publication); measures late or due this month and steps without evidence, among those the member can act on
/// (their departments', or all for organization-wide roles).
/// </summary>
public sealed class MeasuresCard(ProngsaiDbContext db, MeasuresDashboard dashboard, MissingEvidence missingEvidence, TimeProvider clock) : IDashboardCard
{
    public async Task<DashboardCardView?> BuildAsync(StaffActor actor, CancellationToken cancellationToken)
    {
        if (!actor.Has(OrganizationPermissions.ViewBackOffice))
        {
            return null;
        }

        var todos = new List<DashboardToDo>();
        if (actor.Has(MeasurePermissions.ApproveAndPublish))
        {
            var waiting = await db.MeasurePlans.AsNoTracking().Where(p => p.ApprovalRequestedAt != null).Select(p => p.FiscalYear).ToListAsync(cancellationToken);
            if (waiting.Count > 0)
            {
                todos.Add(new DashboardToDo("รายงานรออนุมัติ", "Reports awaiting approval", waiting.Count,
                    "measures/" + waiting.Max().ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        var fiscalYear = FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;
        if (actor.Has(MeasurePermissions.ManageMeasurePlan) || actor.Has(MeasurePermissions.RequestPublication))
        {
            todos.AddRange(await YearlyPublicationsAsync(fiscalYear, actor.Has(MeasurePermissions.ManageMeasurePlan), cancellationToken));
        }

        if (actor.Has(MeasurePermissions.EditMeasures) && await dashboard.ForFiscalYearAsync(actor, fiscalYear, cancellationToken) is { } plan)
        {
            var path = "measures/" + fiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var mine = plan.Measures.Where(m => m.CanEdit).ToList();
            if (mine.Count(m => m.Progress.IsLate) is > 0 and var late)
            {
                todos.Add(new DashboardToDo("มาตรการล่าช้า", "Late measures", late, path));
            }

            if (mine.Count(m => m.Progress.DueThisMonth) is > 0 and var due)
            {
                todos.Add(new DashboardToDo("ครบกำหนดเดือนนี้", "Due this month", due, path));
            }

            // One to-do however many steps: the step itself when there is one, else the list of them.
            var missing = await missingEvidence.ForAsync(actor, fiscalYear, cancellationToken);
            if (missing.Count > 0)
            {
                todos.Add(new DashboardToDo("ขั้นตอนที่ยังไม่มีหลักฐาน", "Steps without evidence", missing.Count,
                    missing.Count == 1
                        ? "measures/step/" + missing[0].StepId.ToString(System.Globalization.CultureInfo.InvariantCulture)
                        : path + "/missing-evidence"));
            }
        }

        return new DashboardCardView(10, "measures", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส", "Integrity measures",
            new DashboardText("วางแผน บันทึกความก้าวหน้าและหลักฐาน และเผยแพร่รายงาน",
                "Plan, record progress and evidence, and publish the report"), todos);
    }

    /// <summary>
    /// Assessors look for the current fiscal year's measures and the previous year's results (docs/measures.md): a plan
    /// for this year that is missing or not yet on the website, and last year's plan whose report was not published once
    /// its last month had begun, when the results can be in it. A year the office did not plan in Prongsai is not asked for;
    /// a missing plan only of those who can create it.
    /// </summary>
    private async Task<List<DashboardToDo>> YearlyPublicationsAsync(int fiscalYear, bool createsPlans, CancellationToken cancellationToken)
    {
        var plans = await db.MeasurePlans.AsNoTracking().Where(p => p.FiscalYear == fiscalYear || p.FiscalYear == fiscalYear - 1)
            .Select(p => new { p.Id, p.FiscalYear }).ToListAsync(cancellationToken);
        var planIds = plans.Select(p => p.Id).ToList();
        var published = await db.MeasureReportVersions.AsNoTracking().Where(v => planIds.Contains(v.PlanId))
            .Select(v => new { v.PlanId, v.PublishedAt }).ToListAsync(cancellationToken);
        var years = plans.Select(p => new
        {
            p.FiscalYear,
            Published = published.Exists(v => v.PlanId == p.Id),
            LastPublished = published.Where(v => v.PlanId == p.Id).Max(v => (DateTimeOffset?)v.PublishedAt),
        }).ToList();
        var todos = new List<DashboardToDo>();
        var current = years.Find(y => y.FiscalYear == fiscalYear);
        var year = fiscalYear.ToString(CultureInfo.InvariantCulture);
        if (current is null && createsPlans)
        {
            todos.Add(new DashboardToDo($"ยังไม่มีแผนมาตรการ ปีงบประมาณ {year}", $"No measures plan for FY {year}", 1, "measures"));
        }
        else if (current is { Published: false })
        {
            todos.Add(new DashboardToDo($"มาตรการปีงบประมาณ {year} ยังไม่เผยแพร่บนเว็บไซต์", $"FY {year} measures not yet published", 1, "measures/" + year));
        }

        var resultsFrom = new FiscalYear(fiscalYear - 1).LastMonth.FirstDay;
        if (years.Find(y => y.FiscalYear == fiscalYear - 1) is { } last
            && (last.LastPublished is not { } lastPublished || BangkokTime.DateOf(lastPublished) < resultsFrom))
        {
            var lastYear = (fiscalYear - 1).ToString(CultureInfo.InvariantCulture);
            todos.Add(new DashboardToDo($"รายงานผลมาตรการ ปีงบประมาณ {lastYear} ยังไม่เผยแพร่", $"FY {lastYear} measures results report not yet published",
                1, "measures/" + lastYear));
        }

        return todos;
    }
}
