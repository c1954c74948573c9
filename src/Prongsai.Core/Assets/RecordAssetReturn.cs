using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Assets;

/// <summary>What the keeper writes when the article comes back.</summary>
public sealed record AssetReturnInput(DateOnly? ReturnedOn, AssetCondition? Condition, string? Note);

/// <summary>
/// A keeper records the return: the day, the state it came back in and, if damaged or lost, what happened (the borrower
/// repairs or pays for it, by the rules). An article that came back damaged or lost is marked so in the register and
/// is not lent again until the keeper marks it good.
/// </summary>
public sealed class RecordAssetReturn(ProngsaiDbContext db, AssetKeepers keepers, ContentVersion contentVersion, TimeProvider clock)
{
    public async Task<Result<AssetLoan>> RunAsync(StaffActor actor, int loanId, AssetReturnInput input, CancellationToken cancellationToken = default)
    {
        if (await keepers.CheckAsync(actor, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        var loan = await db.Set<AssetLoan>().FirstOrDefaultAsync(l => l.Id == loanId, cancellationToken);
        if (loan is null)
        {
            return Error.NotFound("ไม่พบรายการยืมนี้");
        }

        // Under the article's lock, then the state: two keepers recording the same return at once record it once.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await DecideAssetLoan.LockAsync(db, loan.AssetId, cancellationToken);
        await db.Entry(loan).ReloadAsync(cancellationToken);
        if (loan.Status != AssetLoanStatus.Approved)
        {
            return Error.Conflict(loan.Status == AssetLoanStatus.Returned ? "บันทึกการคืนรายการนี้ไปแล้ว" : "รายการนี้ไม่ได้อยู่ระหว่างยืม");
        }

        var errors = new List<Error>();
        var today = BangkokTime.Today(clock);
        var requestedOn = DateOnly.FromDateTime(BangkokTime.ToBangkok(loan.RequestedAt).DateTime);
        if (input.ReturnedOn is not { } returnedOn)
        {
            errors.Add(Error.Invalid("กรุณากรอกวันที่ได้รับคืน", "ReturnedOn"));
        }
        else if (returnedOn > today)
        {
            errors.Add(Error.Invalid("วันที่ได้รับคืนต้องไม่เลยวันนี้", "ReturnedOn"));
        }
        else if (returnedOn < requestedOn)
        {
            errors.Add(Error.Invalid("วันที่ได้รับคืนต้องไม่ก่อนวันที่ขอยืม", "ReturnedOn"));
        }

        if (input.Condition is not { } condition || !Enum.IsDefined(condition))
        {
            errors.Add(Error.Invalid("กรุณาเลือกสภาพเมื่อได้รับคืน", "Condition"));
        }
        else if (condition != AssetCondition.Good && string.IsNullOrWhiteSpace(input.Note))
        {
            errors.Add(Error.Invalid("กรุณาบันทึกว่าชำรุดหรือสูญหายอย่างไร และผู้ยืมจะซ่อมหรือชดใช้อย่างไร", "Note"));
        }

        if (input.Note?.Trim().Length > AssetLimits.Reason)
        {
            errors.Add(Error.Invalid($"บันทึกยาวได้ไม่เกิน {AssetLimits.Reason:N0} ตัวอักษร", "Note"));
        }

        if (errors.Count > 0)
        {
            return Result<AssetLoan>.Fail(errors);
        }

        var now = clock.GetUtcNow();
        loan.Status = AssetLoanStatus.Returned;
        loan.ReturnedOn = input.ReturnedOn;
        loan.ReturnCondition = input.Condition;
        loan.ReturnNote = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        loan.ReturnRecordedAt = now;
        loan.ReturnReceivedBy = actor.UserName;
        Asset? changed = null;
        if (input.Condition != AssetCondition.Good)
        {
            changed = await db.Set<Asset>().FirstAsync(a => a.Id == loan.AssetId, cancellationToken);
            changed.Condition = input.Condition!.Value;
            changed.UpdatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (changed is { ShownToPublic: true })
        {
            // The website says it is not lent for now.
            await contentVersion.BumpAsync(changed.OrganizationId, cancellationToken);
        }

        return loan;
    }
}
