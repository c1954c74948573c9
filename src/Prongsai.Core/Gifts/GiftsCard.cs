using Prongsai.Core.Features;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Gifts;

/// <summary>The gift register's card: reports waiting for the head, and the member's gifts still to return or hand over.</summary>
public sealed class GiftsCard(GiftBoard board) : IDashboardCard
{
    public async Task<DashboardCardView?> BuildAsync(StaffActor actor, CancellationToken cancellationToken)
    {
        var todos = new List<DashboardToDo>();
        if (actor.Has(GiftsPermissions.DecideGifts) && await board.WaitingForDecisionAsync(actor, cancellationToken) is > 0 and var waiting)
        {
            todos.Add(new DashboardToDo("รายงานการรับของขวัญรอพิจารณา", "Gift reports waiting for a decision", waiting, "gifts?filter=Waiting"));
        }

        if (actor.UserId is { } userId && await board.ToSettleAsync(userId, cancellationToken) is > 0 and var mine)
        {
            todos.Add(new DashboardToDo("ของขวัญที่ต้องส่งคืนหรือส่งมอบตามผลการพิจารณา", "Gifts to return or hand over as decided", mine, "gifts?filter=ToSettle"));
        }

        return new DashboardCardView(29, "gifts", "การรับของขวัญ (No Gift Policy)", "Gifts received (No Gift Policy)",
            new DashboardText("รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดเกิน 3,000 บาท ภายใน 30 วัน ผู้บริหารพิจารณา และเผยแพร่รายงานประจำปี",
                "Gifts or benefits over 3,000 baht reported within 30 days, decided by an executive, and the yearly report published"), todos);
    }
}
