using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Ita.Checklist;

/// <summary>OrgAdmin and Executive approve a ready item (who and when are kept), or take the approval back.</summary>
public sealed class ApproveItems(ProngsaiDbContext db, TimeProvider clock)
{
    public async Task<Result<ItaChecklistItem>> ApproveAsync(StaffActor actor, int itemId, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(ItaPermissions.ApproveItaItems) is { } forbidden)
        {
            return forbidden;
        }

        var item = await db.Set<ItaChecklistItem>().Include(i => i.Evidence).FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return Error.NotFound();
        }

        if (!item.Evidence.Any(e => e.State == ItaEvidenceState.Confirmed))
        {
            return Error.Invalid("ข้อนี้ยังไม่มีหลักฐานที่ยืนยันแล้ว จึงอนุมัติไม่ได้", "Status");
        }

        var now = clock.GetUtcNow();
        item.Status = ItaItemStatus.Approved;
        item.ApprovedBy = actor.UserName;
        item.ApprovedAt = now;
        item.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return item;
    }

    public async Task<Result<ItaChecklistItem>> WithdrawAsync(StaffActor actor, int itemId, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(ItaPermissions.ApproveItaItems) is { } forbidden)
        {
            return forbidden;
        }

        var item = await db.Set<ItaChecklistItem>().FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return Error.NotFound();
        }

        if (item.Status == ItaItemStatus.Approved)
        {
            item.Status = ItaItemStatus.Ready;
            item.ApprovedBy = null;
            item.ApprovedAt = null;
            item.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }

        return item;
    }
}
