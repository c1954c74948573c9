using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Requests;

namespace Prongsai.Core.Assets;

/// <summary>
/// The villager takes back their own request while it waits (plans change; the tents should not be held for nobody).
/// Public, by the tracking code; the approvers are told, so nobody telephones about a request that is gone.
/// </summary>
public sealed class WithdrawAssetLoanOnline(ProngsaiDbContext db, StaffDirectory directory, TimeProvider clock)
{
    /// <summary>Who withdrew, as the loan's record says it.</summary>
    public const string WithdrawnOnline = "ผู้ขอยืม (ทางเว็บไซต์)";

    public async Task<Result<AssetLoan>> RunAsync(string? code, CancellationToken cancellationToken = default)
    {
        var hash = TrackingCodes.Normalize(code) is { } normalized ? TrackingCodes.Hash(normalized) : null;
        var loan = hash is null ? null : await db.Set<AssetLoan>().FirstOrDefaultAsync(l => l.TrackingCodeHash == hash, cancellationToken);
        if (loan is null)
        {
            return Error.NotFound("ไม่พบคำขอยืมตามรหัสติดตามนี้");
        }

        var now = clock.GetUtcNow();
        var article = await db.Set<Asset>().Where(a => a.Id == loan.AssetId).Select(a => a.Name).FirstAsync(cancellationToken);
        var approvers = await directory.HoldingAsync(AssetsPermissions.ApproveAssetLoans, cancellationToken: cancellationToken);
        return await WithdrawAssetLoan.WithdrawAsync(db, loan, byUserId: null, WithdrawnOnline, now, alsoRecord: () =>
            directory.Notify(approvers, new NotificationText(
                    $"{loan.BorrowerName} ยกเลิกคำขอยืม {article} {AssetTexts.Pieces(loan.Quantity)}ทางเว็บไซต์แล้ว ไม่ต้องพิจารณา",
                    $"{loan.BorrowerName} has withdrawn on the website the request to borrow {article} ({AssetTexts.PiecesEnglish(loan.Quantity)}): no decision is needed"), now,
                string.Create(CultureInfo.InvariantCulture, $"assets/loans/{loan.Id}")), cancellationToken);
    }
}
