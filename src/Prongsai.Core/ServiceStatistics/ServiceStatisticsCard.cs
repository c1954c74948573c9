using System.Globalization;
using Prongsai.Core.Calendar;
using Prongsai.Core.Features;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.ServiceStatistics;

/// <summary>The statistics card: the services of the month just ended that this member records and has not recorded yet.</summary>
public sealed class ServiceStatisticsCard(ServiceStatisticsBoard board) : IDashboardCard
{
    public async Task<DashboardCardView?> BuildAsync(StaffActor actor, CancellationToken cancellationToken)
    {
        if (!actor.Has(ServiceStatisticsPermissions.RecordServiceStatistics))
        {
            return null;
        }

        var (month, missing) = await board.LastMonthMissingAsync(actor, cancellationToken);
        var todos = new List<DashboardToDo>();
        if (missing > 0)
        {
            todos.Add(new DashboardToDo($"บริการที่ยังไม่ได้บันทึกจำนวนของเดือน{ThaiDate.FormatMonthYear(month)}",
                "Services with no figure yet for " + ThaiDate.FormatEnglishMonthYear(month), missing,
                string.Create(CultureInfo.InvariantCulture, $"service-statistics/month/{month}")));
        }

        return new DashboardCardView(31, "service-statistics", "สถิติการให้บริการ", "Service statistics",
            new DashboardText("บันทึกจำนวนผู้มารับบริการแต่ละเดือน เผยแพร่เป็นข้อมูลสถิติการให้บริการบนเว็บไซต์ (ITA) พร้อมสถิติที่ระบบนับเองจากเรื่องที่ประชาชนยื่นทางเว็บไซต์",
                "Record how many people each service served every month, published as the service statistics on the website (ITA), with the figures counted from what citizens file on the website"),
            todos);
    }
}
