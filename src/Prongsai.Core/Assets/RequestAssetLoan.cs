using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Assets;

/// <summary>
/// What the loan form sends. Without <paramref name="OutsideBorrower"/> the member asks for themselves; with it, a keeper
/// records a request from outside the office (a village headman borrowing tents), with a contact to reach them.
/// </summary>
public sealed record AssetLoanInput(
    int AssetId, int? Quantity, DateOnly? From, DateOnly? Until, string? Purpose, string? Place,
    string? OutsideBorrower = null, string? OutsideContact = null);

/// <summary>
/// Asks to borrow an article: the written request with its reason and return date that the rules ask for. It is
/// checked against what is free for the period, and waits for the head of the office (or their delegate), who is
/// notified.
/// </summary>
public sealed class RequestAssetLoan(
    ProngsaiDbContext db, AssetKeepers keepers, AssetAvailability availability, StaffDirectory directory, TimeProvider clock)
{
    public async Task<Result<AssetLoan>> RunAsync(StaffActor actor, AssetLoanInput input, CancellationToken cancellationToken = default)
    {
        var forOutsider = !string.IsNullOrWhiteSpace(input.OutsideBorrower) || !string.IsNullOrWhiteSpace(input.OutsideContact);
        var forbidden = forOutsider ? await keepers.CheckAsync(actor, cancellationToken) : actor.Lacks(AssetsPermissions.BorrowAssets);
        if (forbidden is not null || actor.UserId is not { } userId)
        {
            return forbidden ?? Error.Forbidden();
        }

        var asset = await db.Set<Asset>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == input.AssetId, cancellationToken);
        if (asset is null)
        {
            return Error.NotFound("ไม่พบทรัพย์สินนี้ในทะเบียน");
        }

        if (NotLendable(asset) is { } notLendable)
        {
            return notLendable;
        }

        return await PlaceAsync(asset, input, forOutsider, userId, actor.UserName, errors: [], trackingCodeHash: null, cancellationToken);
    }

    /// <summary>
    /// Checks the request against the rules and what is free for its period, then records it and tells who approves.
    /// <paramref name="errors"/> holds what the caller found wrong already, so every mistake is shown at once;
    /// <paramref name="trackingCodeHash"/> is the hashed code of a request sent from the website.
    /// </summary>
    internal async Task<Result<AssetLoan>> PlaceAsync(
        Asset asset, AssetLoanInput input, bool forOutsider, string requestedByUserId, string requestedBy, List<Error> errors,
        string? trackingCodeHash, CancellationToken cancellationToken)
    {
        // A field the caller already found wrong (a date it could not read) keeps that one message.
        errors.AddRange(Validate(input, asset, forOutsider, BangkokTime.Today(clock)).Where(e => errors.TrueForAll(known => known.Field != e.Field)));
        if (errors.Count == 0)
        {
            var free = await availability.FreeAsync(asset, input.From!.Value, input.Until!.Value, cancellationToken: cancellationToken);
            if (free < input.Quantity)
            {
                errors.Add(Error.Conflict(free <= 0
                    ? "ช่วงวันที่นี้ถูกยืมไปหมดแล้ว กรุณาเลือกวันอื่น"
                    : $"ช่วงวันที่นี้ว่างเพียง {free:N0} จาก {asset.Quantity:N0} ชิ้น", "Quantity"));
            }
        }

        if (errors.Count > 0)
        {
            return Result<AssetLoan>.Fail(errors);
        }

        var now = clock.GetUtcNow();
        var loan = new AssetLoan
        {
            AssetId = asset.Id,
            Quantity = input.Quantity!.Value,
            BorrowerUserId = forOutsider ? null : requestedByUserId,
            BorrowerName = forOutsider ? input.OutsideBorrower!.Trim() : requestedBy,
            BorrowerContact = forOutsider && !string.IsNullOrWhiteSpace(input.OutsideContact) ? input.OutsideContact.Trim() : null,
            Purpose = input.Purpose!.Trim(),
            Place = string.IsNullOrWhiteSpace(input.Place) ? null : input.Place.Trim(),
            From = input.From!.Value,
            Until = input.Until!.Value,
            RequestedAt = now,
            RequestedByUserId = requestedByUserId,
            RequestedBy = requestedBy,
            TrackingCodeHash = trackingCodeHash,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Set<AssetLoan>().Add(loan);
        await db.SaveChangesAsync(cancellationToken);

        var approvers = (await directory.HoldingAsync(AssetsPermissions.ApproveAssetLoans, cancellationToken: cancellationToken))
            .Where(a => a.UserId != requestedByUserId);
        directory.Notify(approvers, new NotificationText(
                $"คำขอยืม {asset.Name} {AssetTexts.Pieces(loan.Quantity)} ของ {loan.BorrowerName} รอพิจารณา",
                $"{loan.BorrowerName} asks to borrow {asset.Name} ({AssetTexts.PiecesEnglish(loan.Quantity)}): waiting for your decision"), now,
            string.Create(CultureInfo.InvariantCulture, $"assets/loans/{loan.Id}"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return loan;
    }

    /// <summary>Why this article cannot be lent at all, or null.</summary>
    internal static Error? NotLendable(Asset asset) =>
        AssetLending.Bar(asset) is { } bar ? Error.Conflict(AssetTexts.Bar(bar)) : null;

    private static List<Error> Validate(AssetLoanInput input, Asset asset, bool forOutsider, DateOnly today)
    {
        var errors = new List<Error>();
        if (input.Quantity is not { } quantity || quantity < 1)
        {
            errors.Add(Error.Invalid("กรุณากรอกจำนวนที่จะยืม (อย่างน้อย 1)", "Quantity"));
        }
        else if (quantity > asset.Quantity)
        {
            errors.Add(Error.Invalid($"ในทะเบียนมี {asset.Quantity:N0} ชิ้น ยืมได้ไม่เกินนั้น", "Quantity"));
        }

        if (input.From is not { } from)
        {
            errors.Add(Error.Invalid("กรุณากรอกวันที่เริ่มยืม", "From"));
        }
        else if (from < today)
        {
            errors.Add(Error.Invalid("วันที่เริ่มยืมต้องไม่ก่อนวันนี้", "From"));
        }

        if (input.Until is not { } until)
        {
            errors.Add(Error.Invalid("กรุณากรอกวันที่จะส่งคืน", "Until"));
        }
        else if (input.From is { } start && until < start)
        {
            errors.Add(Error.Invalid("วันส่งคืนต้องไม่ก่อนวันที่เริ่มยืม", "Until"));
        }
        else if (input.From is { } first && until.DayNumber - first.DayNumber >= AssetLimits.MaxLoanDays)
        {
            errors.Add(Error.Invalid("ยืมได้ไม่เกิน 1 ปี ถ้าต้องใช้นานกว่านั้นให้โอนทรัพย์สินแทนการยืม", "Until"));
        }

        if (string.IsNullOrWhiteSpace(input.Purpose))
        {
            errors.Add(Error.Invalid("กรุณาบอกว่ายืมไปใช้ในงานอะไร (ยืมได้เพื่อประโยชน์ของทางราชการเท่านั้น)", "Purpose"));
        }
        else if (input.Purpose.Trim().Length > AssetLimits.Purpose)
        {
            errors.Add(Error.Invalid($"เหตุผลยาวได้ไม่เกิน {AssetLimits.Purpose:N0} ตัวอักษร", "Purpose"));
        }

        if (input.Place?.Trim().Length > AssetLimits.Place)
        {
            errors.Add(Error.Invalid($"สถานที่ยาวได้ไม่เกิน {AssetLimits.Place:N0} ตัวอักษร", "Place"));
        }

        if (forOutsider)
        {
            if (string.IsNullOrWhiteSpace(input.OutsideBorrower))
            {
                errors.Add(Error.Invalid("กรุณากรอกชื่อผู้ยืม", "OutsideBorrower"));
            }
            else if (input.OutsideBorrower.Trim().Length > AssetLimits.Person)
            {
                errors.Add(Error.Invalid($"ชื่อผู้ยืมยาวได้ไม่เกิน {AssetLimits.Person:N0} ตัวอักษร", "OutsideBorrower"));
            }

            if (input.OutsideContact?.Trim().Length > AssetLimits.Contact)
            {
                errors.Add(Error.Invalid($"ช่องทางติดต่อยาวได้ไม่เกิน {AssetLimits.Contact:N0} ตัวอักษร", "OutsideContact"));
            }
        }

        return errors;
    }
}
