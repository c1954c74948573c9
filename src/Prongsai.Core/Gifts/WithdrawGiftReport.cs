using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Gifts;

/// <summary>The receiver takes back a report filed by mistake, before the decision. It stays in the register as withdrawn.</summary>
public sealed class WithdrawGiftReport(ProngsaiDbContext db, TimeProvider clock)
{
    public async Task<Result<GiftReport>> RunAsync(StaffActor actor, int reportId, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(GiftsPermissions.ReportGifts) is { } forbidden)
        {
            return forbidden;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var report = await db.Set<GiftReport>().FirstOrDefaultAsync(g => g.Id == reportId, cancellationToken);
        if (report is null || report.ReceiverUserId != actor.UserId)
        {
            // Someone else's report is not theirs to withdraw, and they need not learn that it exists.
            return Error.NotFound("ไม่พบรายงานนี้");
        }

        await DecideGift.LockAsync(db, report.Id, cancellationToken);
        await db.Entry(report).ReloadAsync(cancellationToken);
        if (report.Status != GiftReportStatus.Reported)
        {
            return Error.Conflict("ยกเลิกได้เฉพาะรายงานที่ยังไม่ได้พิจารณา");
        }

        report.Status = GiftReportStatus.Withdrawn;
        report.DecidedAt = clock.GetUtcNow();
        report.DecidedByUserId = actor.UserId;
        report.DecidedBy = actor.UserName;
        report.DecisionNote = "ผู้รายงานยกเลิกรายงาน";
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return report;
    }
}
