using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Assets;

/// <summary>
/// The head of the office (or their delegate) approves or refuses a request to borrow. Nobody decides on their own
/// loan. Approval checks again what is free for the period, under a lock on the article, so two approvals at the same
/// moment cannot lend the same pieces twice.
/// </summary>
public sealed class DecideAssetLoan(ProngsaiDbContext db, AssetAvailability availability, StaffDirectory directory, TimeProvider clock)
{
    public Task<Result<AssetLoan>> ApproveAsync(StaffActor actor, int loanId, string? note, CancellationToken cancellationToken = default) =>
        DecideAsync(actor, loanId, approve: true, note, cancellationToken);

    /// <summary>Refuses with the reason the borrower reads.</summary>
    public Task<Result<AssetLoan>> RefuseAsync(StaffActor actor, int loanId, string? reason, CancellationToken cancellationToken = default) =>
        DecideAsync(actor, loanId, approve: false, reason, cancellationToken);

    private async Task<Result<AssetLoan>> DecideAsync(
        StaffActor actor, int loanId, bool approve, string? note, CancellationToken cancellationToken)
    {
        if (actor.Lacks(AssetsPermissions.ApproveAssetLoans) is { } forbidden)
        {
            return forbidden;
        }

        if (!approve && string.IsNullOrWhiteSpace(note))
        {
            return Error.Invalid("กรุณาบอกเหตุผลที่ไม่อนุมัติ ผู้ขอยืมจะเห็นเหตุผลนี้", "Note");
        }

        if (note?.Trim().Length > AssetLimits.Reason)
        {
            return Error.Invalid($"ข้อความยาวได้ไม่เกิน {AssetLimits.Reason:N0} ตัวอักษร", "Note");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var loan = await db.Set<AssetLoan>().FirstOrDefaultAsync(l => l.Id == loanId, cancellationToken);
        if (loan is null)
        {
            return Error.NotFound("ไม่พบคำขอยืมนี้");
        }

        if (!MayDecideOn(loan, actor))
        {
            return Error.Conflict("ผู้พิจารณาต้องไม่ใช่ผู้ยืมหรือผู้บันทึกคำขอเอง ให้ผู้บริหารหรือผู้ได้รับมอบหมายคนอื่นพิจารณา");
        }

        // The lock first, then the state: a second approver waits here and then reads the first one's decision.
        await LockAsync(db, loan.AssetId, cancellationToken);
        await db.Entry(loan).ReloadAsync(cancellationToken);
        if (loan.Status != AssetLoanStatus.Requested)
        {
            return Error.Conflict("คำขอนี้ได้รับการพิจารณาหรือถูกยกเลิกไปแล้ว");
        }

        var asset = await db.Set<Asset>().AsNoTracking().FirstAsync(a => a.Id == loan.AssetId, cancellationToken);
        if (approve)
        {
            if (RequestAssetLoan.NotLendable(asset) is { } notLendable)
            {
                return notLendable;
            }

            var free = await availability.FreeAsync(asset, loan.From, loan.Until, loan.Id, cancellationToken);
            if (free < loan.Quantity)
            {
                return Error.Conflict($"ช่วงวันที่นี้ว่างเพียง {Math.Max(free, 0):N0} จาก {asset.Quantity:N0} ชิ้น อนุมัติ {loan.Quantity:N0} ชิ้นไม่ได้");
            }
        }

        var now = clock.GetUtcNow();
        loan.Status = approve ? AssetLoanStatus.Approved : AssetLoanStatus.Refused;
        loan.DecidedAt = now;
        loan.DecidedByUserId = actor.UserId;
        loan.DecidedBy = actor.UserName;
        loan.DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        directory.Notify(new[] { loan.BorrowerUserId, loan.RequestedByUserId }.OfType<string>(),
            approve
                ? new NotificationText(
                    $"อนุมัติให้ยืม {asset.Name} {AssetTexts.Pieces(loan.Quantity)}แล้ว กำหนดส่งคืน {ThaiDate.FormatLong(loan.Until)}",
                    $"Loan approved: {asset.Name} ({AssetTexts.PiecesEnglish(loan.Quantity)}), to be returned by {ThaiDate.FormatEnglish(loan.Until)}")
                : new NotificationText(
                    $"ไม่อนุมัติคำขอยืม {asset.Name}: {loan.DecisionNote}",
                    $"Request to borrow {asset.Name} refused: {loan.DecisionNote}"),
            now, string.Create(CultureInfo.InvariantCulture, $"assets/loans/{loan.Id}"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return loan;
    }

    /// <summary>
    /// Whoever borrows or wrote the request down does not also decide on it: a keeper who records a village's request
    /// leaves the approval to the head of the office, as a borrower does.
    /// </summary>
    public static bool MayDecideOn(AssetLoan loan, StaffActor actor) =>
        actor.UserId is not { } userId || (loan.BorrowerUserId != userId && loan.RequestedByUserId != userId);

    /// <summary>
    /// Locks an article's row until the caller's transaction ends (a write that changes nothing). Every change to how
    /// much of it is lent or may be lent — a decision, a withdrawal, a return, a new quantity — takes it first and then
    /// reads the state, so two of them at the same moment never both act on what the other is changing.
    /// </summary>
    internal static Task LockAsync(ProngsaiDbContext db, int assetId, CancellationToken cancellationToken) =>
        db.Set<Asset>().Where(a => a.Id == assetId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.UpdatedAt, a => a.UpdatedAt), cancellationToken);
}
