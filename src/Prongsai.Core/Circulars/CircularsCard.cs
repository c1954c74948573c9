using Prongsai.Core.Features;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Circulars;

/// <summary>The circulars card: what waits for the member's acknowledgement and, for those who follow them, who has yet to.</summary>
public sealed class CircularsCard(CircularBoard board) : IDashboardCard
{
    public async Task<DashboardCardView?> BuildAsync(StaffActor actor, CancellationToken cancellationToken)
    {
        var todos = new List<DashboardToDo>();
        var (waiting, lateForMe) = await board.WaitingForAsync(actor, cancellationToken);
        if (waiting > 0)
        {
            todos.Add(new DashboardToDo("หนังสือเวียนรอคุณรับทราบ", "Circulars waiting for your acknowledgement", waiting, "circulars?filter=WaitingForMe"));
        }

        if (lateForMe > 0)
        {
            todos.Add(new DashboardToDo("เลยวันที่ต้องรับทราบแล้ว", "Past the date to acknowledge", lateForMe, "circulars?filter=WaitingForMe"));
        }

        if (CircularBoard.SeesAll(actor))
        {
            var (incomplete, late) = await board.IncompleteAsync(cancellationToken);
            if (incomplete > 0)
            {
                todos.Add(new DashboardToDo("หนังสือเวียนที่ยังรับทราบไม่ครบ", "Circulars not yet acknowledged by all", incomplete, "circulars?filter=Incomplete"));
            }

            if (late > 0)
            {
                todos.Add(new DashboardToDo("ยังรับทราบไม่ครบและเลยกำหนดแล้ว", "Incomplete and past their date", late, "circulars?filter=Incomplete"));
            }
        }

        return new DashboardCardView(27, "circulars", "หนังสือเวียน", "Circulars",
            new DashboardText("แจ้งเวียนให้บุคลากรทราบ และดูว่าใครรับทราบแล้ว เป็นหลักฐานตามมาตรการ",
                "Circulate notices to staff and see who has acknowledged them, as evidence for the measures"), todos);
    }
}
