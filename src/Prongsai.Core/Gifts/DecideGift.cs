using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Gifts;

/// <summary>
/// The head of the office (or their delegate) decides on a report, with reasons: keep it, return it to the giver, or
/// hand it to the office. Nobody decides on their own report. The decision shows on the website's yearly report at once.
/// </summary>
public sealed class DecideGift(ProngsaiDbContext db, StaffDirectory directory, ContentVersion contentVersion, TimeProvider clock)
{
    public async Task<Result<GiftReport>> RunAsync(
        StaffActor actor, int reportId, GiftDecision? decision, string? note, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(GiftsPermissions.DecideGifts) is { } forbidden)
        {
            return forbidden;
        }

        var errors = new List<Error>();
        if (decision is not { } chosen || !Enum.IsDefined(chosen))
        {
            errors.Add(Error.Invalid("กรุณาเลือกผลการพิจารณา", "Decision"));
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            errors.Add(Error.Invalid("กรุณาบอกเหตุผลประกอบการพิจารณา ผู้รายงานจะเห็นเหตุผลนี้", "Note"));
        }
        else if (note.Trim().Length > GiftRules.Note)
        {
            errors.Add(Error.Invalid($"เหตุผลยาวได้ไม่เกิน {GiftRules.Note:N0} ตัวอักษร", "Note"));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var report = await db.Set<GiftReport>().FirstOrDefaultAsync(g => g.Id == reportId, cancellationToken);
        if (report is null)
        {
            return Error.NotFound("ไม่พบรายงานนี้");
        }

        if (!MayDecideOn(report, actor))
        {
            return Error.Conflict("ผู้พิจารณาต้องไม่ใช่ผู้รับเอง ให้ผู้บริหารหรือผู้ได้รับมอบหมายคนอื่นพิจารณา");
        }

        if (errors.Count > 0)
        {
            return Result<GiftReport>.Fail(errors);
        }

        // The lock first, then the state: a second decider or a withdrawal waits here and then reads what happened.
        await LockAsync(db, report.Id, cancellationToken);
        await db.Entry(report).ReloadAsync(cancellationToken);
        if (report.Status != GiftReportStatus.Reported)
        {
            return Error.Conflict("รายงานนี้ได้รับการพิจารณาหรือถูกยกเลิกไปแล้ว");
        }

        var now = clock.GetUtcNow();
        report.Status = GiftReportStatus.Decided;
        report.Decision = decision;
        report.DecidedAt = now;
        report.DecidedByUserId = actor.UserId;
        report.DecidedBy = actor.UserName;
        report.DecisionNote = note!.Trim();
        directory.Notify([report.ReceiverUserId], new NotificationText(
                $"ผลการพิจารณา{report.Description}: {GiftTexts.Decision(report.Decision!.Value)}",
                $"Decision on {report.Description}: {GiftTexts.DecisionEnglish(report.Decision!.Value)}"), now,
            string.Create(CultureInfo.InvariantCulture, $"gifts/{report.Id}"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await contentVersion.BumpAsync(report.OrganizationId, cancellationToken);
        return report;
    }

    /// <summary>The receiver does not judge their own gift.</summary>
    public static bool MayDecideOn(GiftReport report, StaffActor actor) =>
        actor.UserId is not { } userId || report.ReceiverUserId != userId;

    /// <summary>
    /// Locks a report's row until the caller's transaction ends (a write that changes nothing), so a decision, a
    /// withdrawal or a settlement at the same moment act one after the other, each on what the other left.
    /// </summary>
    internal static Task LockAsync(ProngsaiDbContext db, int reportId, CancellationToken cancellationToken) =>
        db.Set<GiftReport>().Where(g => g.Id == reportId)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.Status, g => g.Status), cancellationToken);
}
