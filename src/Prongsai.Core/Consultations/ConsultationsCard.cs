using Prongsai.Core.Calendar;
using Prongsai.Core.Features;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Consultations;

/// <summary>The consultations' card: drafts not yet on the website, and consultations over whose summary is still missing.</summary>
public sealed class ConsultationsCard(ConsultationBoard board, TimeProvider clock) : IDashboardCard
{
    public async Task<DashboardCardView?> BuildAsync(StaffActor actor, CancellationToken cancellationToken)
    {
        if (!actor.Has(ConsultationsPermissions.ManageConsultations))
        {
            return null;
        }

        var todos = new List<DashboardToDo>();
        if (await board.AwaitingSummaryAsync(actor, BangkokTime.Today(clock), cancellationToken) is { Count: > 0 } waiting)
        {
            todos.Add(new DashboardToDo("การรับฟังความคิดเห็นที่ปิดแล้ว รอสรุปผลและเผยแพร่", "Consultations over, waiting for their summary",
                waiting.Count, ConsultationPaths.Staff(waiting[^1])));
        }

        if (await board.DraftsAsync(actor, cancellationToken) is > 0 and var drafts)
        {
            todos.Add(new DashboardToDo("การรับฟังความคิดเห็นฉบับร่าง ยังไม่เผยแพร่", "Draft consultations not yet published", drafts, "consultations"));
        }

        return new DashboardCardView(14, "consultations", "การรับฟังความคิดเห็น", "Public consultations",
            new DashboardText("เปิดรับฟังความคิดเห็นของประชาชนต่อร่างแผนหรือโครงการ แล้วเผยแพร่สรุปผล",
                "Ask the public for opinions on a draft plan or project, then publish what was heard"), todos);
    }
}
