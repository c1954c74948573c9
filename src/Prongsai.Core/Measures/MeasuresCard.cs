using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Features;
using Prongsai.Core.Measures.Progress;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Measures;

/// <summary>
/// The measures card: reports waiting for approval (for those who approve); measures late or due this month and
/// steps without evidence, among those the member can act on (their departments', or all for organization-wide roles).
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
            "วางแผน บันทึกความก้าวหน้าและหลักฐาน และเผยแพร่รายงาน", todos);
    }
}
