using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Features;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Requests;

/// <summary>The requests card: requests waiting for the member (new ones to screen, open ones of their departments) and late ones.</summary>
public sealed class RequestsCard(RequestQueue queue, TimeProvider clock) : IDashboardCard
{
    public async Task<DashboardCardView?> BuildAsync(StaffActor actor, CancellationToken cancellationToken)
    {
        var screens = actor.Has(RequestsPermissions.ScreenRequests);
        var answers = actor.Has(RequestsPermissions.AnswerRequests);
        if (!screens && !answers)
        {
            return null;
        }

        var today = BangkokTime.Today(clock);
        var open = queue.Visible(actor)
            .Where(r => r.Status != RequestStatus.Answered && r.Status != RequestStatus.Concluded && r.Status != RequestStatus.Rejected);
        var todos = new List<DashboardToDo>();
        if (screens && await open.CountAsync(r => r.Status == RequestStatus.Received, cancellationToken) is > 0 and var fresh)
        {
            todos.Add(new DashboardToDo("เรื่องใหม่รอคัดกรอง", "New requests to screen", fresh, "requests?status=Received"));
        }

        if (await open.CountAsync(cancellationToken) is > 0 and var waiting)
        {
            todos.Add(new DashboardToDo("เรื่องที่ยังไม่ปิด", "Open requests", waiting, "requests?open=true"));
        }

        if (await open.CountAsync(r => r.DueOn < today, cancellationToken) is > 0 and var late)
        {
            todos.Add(new DashboardToDo("เรื่องเกินกำหนด", "Late requests", late, "requests?late=true"));
        }

        return new DashboardCardView(25, "requests", "ถาม-ตอบและเรื่องร้องเรียน", "Questions and complaints",
            new DashboardText("เรื่องจากประชาชน: คัดกรอง มอบหมาย ตอบ และติดตามกำหนดเวลาเป็นวันทำการ",
                "Requests from citizens: screen, assign, answer, and follow deadlines in working days"), todos);
    }
}
