using System.Globalization;
using Prongsai.Core.Calendar;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Features;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.AntiCorruption;

/// <summary>
/// The plan's card: no plan for this year yet (for those who write the whole office's plan), a draft waiting for the
/// head's approval, and progress reports that are due.
/// </summary>
public sealed class PlanCard(PlanBoard board, TimeProvider clock) : IDashboardCard
{
    public async Task<DashboardCardView?> BuildAsync(StaffActor actor, CancellationToken cancellationToken)
    {
        var todos = new List<DashboardToDo>();
        var current = FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;
        if (actor.HasFor(PlanPermissions.WriteAntiCorruptionPlan, null) && !await board.StartedAsync(current, cancellationToken))
        {
            todos.Add(new DashboardToDo(
                string.Create(CultureInfo.InvariantCulture, $"ยังไม่มีแผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ {current}"),
                string.Create(CultureInfo.InvariantCulture, $"No anti-corruption plan for fiscal year {current} yet"), 1, PlanPaths.Staff(current)));
        }

        if (actor.Has(PlanPermissions.ApproveAntiCorruptionPlan) && await board.WaitingForApprovalAsync(cancellationToken) is { Count: > 0 } waiting)
        {
            todos.Add(new DashboardToDo("แผนปฏิบัติการป้องกันการทุจริตรออนุมัติ", "Anti-corruption plans waiting for approval", waiting.Count,
                PlanPaths.Staff(waiting[0])));
        }

        if (actor.Has(PlanPermissions.WriteAntiCorruptionPlan))
        {
            foreach (var (year, round, count) in await board.ReportsDueAsync(actor, cancellationToken))
            {
                var months = round == FollowUpRound.HalfYear ? 6 : 12;
                todos.Add(new DashboardToDo(
                    string.Create(CultureInfo.InvariantCulture, $"โครงการป้องกันการทุจริตที่ยังไม่รายงานผลรอบ {months} เดือน ปีงบประมาณ {year}"),
                    string.Create(CultureInfo.InvariantCulture, $"Anti-corruption projects without a {months}-month report, fiscal year {year}"),
                    count, PlanPaths.Staff(year)));
            }
        }

        return new DashboardCardView(13, "anti-corruption", "แผนปฏิบัติการป้องกันการทุจริต", "Anti-corruption plan",
            new DashboardText("จัดทำโครงการตามมิติของแผน ผู้บริหารอนุมัติและเผยแพร่ แล้วรายงานผลรอบ 6 และ 12 เดือน",
                "Set out projects by the plan's dimensions, have an executive approve and publish them, then report at 6 and 12 months"), todos);
    }
}
