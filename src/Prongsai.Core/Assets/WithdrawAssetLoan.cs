using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Assets;

/// <summary>
/// Takes back a request that has not been decided yet: whoever asked, the borrower, or a keeper of the register. The
/// request stays in the list as withdrawn.
/// </summary>
public sealed class WithdrawAssetLoan(ProngsaiDbContext db, AssetKeepers keepers, TimeProvider clock)
{
    public async Task<Result<AssetLoan>> RunAsync(StaffActor actor, int loanId, CancellationToken cancellationToken = default)
    {
        if (!actor.IsMember || actor.UserId is not { } userId)
        {
            return Error.Forbidden();
        }

        var loan = await db.Set<AssetLoan>().FirstOrDefaultAsync(l => l.Id == loanId, cancellationToken);
        if (loan is null)
        {
            return Error.NotFound("ไม่พบคำขอยืมนี้");
        }

        var own = loan.RequestedByUserId == userId || loan.BorrowerUserId == userId;
        if (!(own && actor.Has(AssetsPermissions.BorrowAssets)) && await keepers.CheckAsync(actor, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        return await WithdrawAsync(db, loan, userId, actor.UserName, clock.GetUtcNow(), alsoRecord: null, cancellationToken);
    }

    /// <summary>
    /// Marks a waiting request withdrawn, under the lock a decision takes and after reading its state again: withdrawn
    /// while it is being approved, only one of them happens. <paramref name="alsoRecord"/> adds what is saved with it
    /// (the approvers' notification), in the same transaction.
    /// </summary>
    internal static async Task<Result<AssetLoan>> WithdrawAsync(
        ProngsaiDbContext db, AssetLoan loan, string? byUserId, string byName, DateTimeOffset now, Action? alsoRecord,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await DecideAssetLoan.LockAsync(db, loan.AssetId, cancellationToken);
        await db.Entry(loan).ReloadAsync(cancellationToken);
        if (loan.Status != AssetLoanStatus.Requested)
        {
            return Error.Conflict("ยกเลิกได้เฉพาะคำขอที่ยังไม่ได้พิจารณา");
        }

        loan.Status = AssetLoanStatus.Withdrawn;
        loan.DecidedAt = now;
        loan.DecidedByUserId = byUserId;
        loan.DecidedBy = byName;
        loan.DecisionNote = "ผู้ขอยกเลิกคำขอ";
        alsoRecord?.Invoke();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return loan;
    }
}
