using System.Globalization;
using Prongsai.Core.Calendar;
using Prongsai.Core.Features;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.CorruptionRisks;

/// <summary>
/// The assessment's card: a year not assessed yet (for those who lead the working group), a draft waiting for the
/// head's approval, and follow-up reports that are due.
/// </summary>
public sealed class RisksCard(RiskBoard board, TimeProvider clock) : IDashboardCard
{
    public async Task<DashboardCardView?> BuildAsync(StaffActor actor, CancellationToken cancellationToken)
    {
        var todos = new List<DashboardToDo>();
        var current = FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;
        if (actor.HasFor(RisksPermissions.AssessRisks, null) && !await board.StartedAsync(current, cancellationToken))
        {
            todos.Add(new DashboardToDo(
                string.Create(CultureInfo.InvariantCulture, $"ยังไม่ได้ประเมินความเสี่ยงการทุจริต ปีงบประมาณ {current}"),
                string.Create(CultureInfo.InvariantCulture, $"No corruption risk assessment for fiscal year {current} yet"), 1,
                string.Create(CultureInfo.InvariantCulture, $"risks?year={current}")));
        }

        if (actor.Has(RisksPermissions.ApproveRiskAssessment) && await board.WaitingForApprovalAsync(cancellationToken) is { Count: > 0 } waiting)
        {
            todos.Add(new DashboardToDo("ผลการประเมินความเสี่ยงการทุจริตรออนุมัติ", "Corruption risk assessments waiting for approval", waiting.Count,
                string.Create(CultureInfo.InvariantCulture, $"risks?year={waiting[0]}")));
        }

        if (actor.Has(RisksPermissions.AssessRisks))
        {
            foreach (var (year, round, count) in await board.FollowUpsDueAsync(actor, cancellationToken))
            {
                todos.Add(new DashboardToDo(
                    string.Create(CultureInfo.InvariantCulture, $"ความเสี่ยงที่ยังไม่รายงานผล{RiskTexts.Round(round)} ปีงบประมาณ {year}"),
                    string.Create(CultureInfo.InvariantCulture, $"Risks without a {(round == FollowUpRound.HalfYear ? "half-year" : "year-end")} report, fiscal year {year}"),
                    count, string.Create(CultureInfo.InvariantCulture, $"risks?year={year}")));
            }
        }

        return new DashboardCardView(12, "risks", "การประเมินความเสี่ยงการทุจริต", "Corruption risk assessment",
            new DashboardText("ระบุและให้คะแนนความเสี่ยง ผู้บริหารอนุมัติและเผยแพร่ แล้วรายงานผลการจัดการความเสี่ยงรอบ 6 และ 12 เดือน",
                "Identify and score the risks, have an executive approve and publish them, then report how they were handled at 6 and 12 months"), todos);
    }
}
