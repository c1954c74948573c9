using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Organizations;
using Prongsai.Core.Data;

namespace Prongsai.Core.Gifts;

/// <summary>
/// Records that a gift the head said to return, or to hand to the office, went: the day, and a note (to whom, the
/// office's receipt). The receiver records it, or a decider on their behalf.
/// </summary>
public sealed class SettleGift(ProngsaiDbContext db, ContentVersion contentVersion, TimeProvider clock)
{
    public async Task<Result<GiftReport>> RunAsync(
        StaffActor actor, int reportId, DateOnly? settledOn, string? note, CancellationToken cancellationToken = default)
    {
        var decider = actor.Has(GiftsPermissions.DecideGifts);
        if (!decider && actor.Lacks(GiftsPermissions.ReportGifts) is { } forbidden)
        {
            return forbidden;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var report = await db.Set<GiftReport>().FirstOrDefaultAsync(g => g.Id == reportId, cancellationToken);
        if (report is null || (!decider && report.ReceiverUserId != actor.UserId))
        {
            return Error.NotFound("ไม่พบรายงานนี้");
        }

        await DecideGift.LockAsync(db, report.Id, cancellationToken);
        await db.Entry(report).ReloadAsync(cancellationToken);
        if (!report.AwaitsSettlement)
        {
            return Error.Conflict("รายงานนี้ไม่มีสิ่งที่ต้องส่งคืนหรือส่งมอบ หรือบันทึกไว้แล้ว");
        }

        var today = BangkokTime.Today(clock);
        if (settledOn is not { } on)
        {
            return Error.Invalid("กรุณากรอกวันที่ส่งคืนหรือส่งมอบ", "SettledOn");
        }

        if (on > today || on < report.ReceivedOn)
        {
            return Error.Invalid("วันที่ต้องอยู่ระหว่างวันที่ได้รับกับวันนี้", "SettledOn");
        }

        if (note?.Trim().Length > GiftRules.Note)
        {
            return Error.Invalid($"บันทึกยาวได้ไม่เกิน {GiftRules.Note:N0} ตัวอักษร", "SettledNote");
        }

        report.SettledOn = on;
        report.SettledBy = actor.UserName;
        report.SettledNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await contentVersion.BumpAsync(report.OrganizationId, cancellationToken);
        return report;
    }
}
