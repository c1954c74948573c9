using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Circulars;

/// <summary>
/// Withdraws a circular sent by mistake or overtaken by another: it stays, with the reason and the acknowledgements
/// already given (they are the record), and nobody is asked to acknowledge it any more. Nothing is deleted, so one
/// mistaken click loses nothing.
/// </summary>
public sealed class CancelCircular(ProngsaiDbContext db, TimeProvider clock)
{
    public async Task<Result<Circular>> RunAsync(StaffActor actor, int circularId, string? reason, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(CircularsPermissions.IssueCirculars) is { } forbidden)
        {
            return forbidden;
        }

        var circular = await db.Set<Circular>().FirstOrDefaultAsync(c => c.Id == circularId, cancellationToken);
        if (circular is null)
        {
            return Error.NotFound("ไม่พบหนังสือเวียนนี้");
        }

        if (circular.Status == CircularStatus.Cancelled)
        {
            return Error.Conflict("หนังสือเวียนนี้ถูกยกเลิกไปแล้ว");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Error.Invalid("กรุณาบอกเหตุผลที่ยกเลิก ผู้รับจะเห็นเหตุผลนี้", "Reason");
        }

        if (reason.Trim().Length > CircularLimits.Reason)
        {
            return Error.Invalid($"เหตุผลยาวได้ไม่เกิน {CircularLimits.Reason:N0} ตัวอักษร", "Reason");
        }

        circular.Status = CircularStatus.Cancelled;
        circular.CancelledAt = clock.GetUtcNow();
        circular.CancelledBy = actor.UserName;
        circular.CancelReason = reason.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return circular;
    }
}
