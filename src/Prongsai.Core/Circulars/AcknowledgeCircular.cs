using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Circulars;

/// <summary>
/// A recipient says they have read a circular (รับทราบ). Only the member it was sent to can say so, once: a second
/// press keeps the first time. A withdrawn circular asks nobody any more.
/// </summary>
public sealed class AcknowledgeCircular(ProngsaiDbContext db, TimeProvider clock)
{
    public async Task<Result<CircularRecipient>> RunAsync(StaffActor actor, int circularId, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(OrganizationPermissions.ViewBackOffice) is { } forbidden || actor.UserId is not { } userId)
        {
            return Error.Forbidden();
        }

        var circular = await db.Set<Circular>().AsNoTracking().Where(c => c.Id == circularId)
            .Select(c => new { c.Status }).FirstOrDefaultAsync(cancellationToken);
        if (circular is null)
        {
            return Error.NotFound("ไม่พบหนังสือเวียนนี้");
        }

        var recipient = await db.Set<CircularRecipient>()
            .FirstOrDefaultAsync(r => r.CircularId == circularId && r.UserId == userId, cancellationToken);
        if (recipient is null)
        {
            return Error.Forbidden("หนังสือเวียนนี้ไม่ได้ส่งถึงคุณ จึงไม่ต้องรับทราบ");
        }

        if (recipient.AcknowledgedAt is not null)
        {
            return recipient;
        }

        if (circular.Status == CircularStatus.Cancelled)
        {
            return Error.Conflict("หนังสือเวียนนี้ถูกยกเลิกแล้ว ไม่ต้องรับทราบ");
        }

        var now = clock.GetUtcNow();
        recipient.AcknowledgedAt = now;
        // The dashboard's "please read and acknowledge" is done: it leaves the list of what waits.
        var path = IssueCircular.NotificationPath(circularId);
        foreach (var asked in await db.StaffNotifications.Where(n => n.UserId == userId && n.Path == path && n.ReadAt == null).ToListAsync(cancellationToken))
        {
            asked.ReadAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return recipient;
    }
}
