using System.Globalization;
using Prongsai.Core.Calendar;
using Prongsai.Core.Features;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Satisfaction;

/// <summary>The survey's card: last fiscal year's answers are in and its report is not yet on the website.</summary>
public sealed class SatisfactionCard(SatisfactionBoard board, TimeProvider clock) : IDashboardCard
{
    public async Task<DashboardCardView?> BuildAsync(StaffActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Has(SatisfactionPermissions.PublishSatisfactionReport))
        {
            return null;
        }

        var lastYear = FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear - 1;
        var todos = new List<DashboardToDo>();
        if (await board.AnswersWithoutReportAsync(lastYear, cancellationToken) is > 0 and var answers)
        {
            todos.Add(new DashboardToDo(
                string.Create(CultureInfo.InvariantCulture, $"ผู้ตอบแบบประเมินความพึงพอใจ ปีงบประมาณ พ.ศ. {lastYear} รอเผยแพร่รายงานผล"),
                string.Create(CultureInfo.InvariantCulture, $"Satisfaction survey answers of FY {lastYear}, report not yet published"),
                answers, SatisfactionPaths.Staff(lastYear)));
        }

        return new DashboardCardView(16, "satisfaction", "ความพึงพอใจการให้บริการ", "Service satisfaction",
            new DashboardText("ประชาชนประเมินความพึงพอใจทางเว็บไซต์ หน่วยงานเผยแพร่รายงานผลเมื่อสิ้นปีงบประมาณ",
                "Citizens rate the service on the website; the organization publishes the results at the end of the fiscal year"), todos);
    }
}
