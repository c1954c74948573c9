using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Requests;

namespace Prongsai.Core.Assets;

/// <summary>
/// What a villager sees of their own request by its tracking code: the article and days asked for, where the request
/// stands, and the note the approver wrote to the borrower. Never the name or the telephone number: whoever holds the
/// code sees the page.
/// </summary>
public sealed record OnlineLoanView(
    int Id, string Article, int Quantity, DateOnly From, DateOnly Until, string Purpose, string? Place,
    AssetLoanStatus Status, DateTimeOffset RequestedAt, DateTimeOffset? DecidedAt, string? DecisionNote, DateOnly? ReturnedOn, bool Overdue)
{
    public bool CanWithdraw => Status == AssetLoanStatus.Requested;
}

/// <summary>Finds a request sent from the website by its tracking code, in the current organization only. Public.</summary>
public sealed class FollowAssetLoanOnline(ProngsaiDbContext db, TimeProvider clock)
{
    /// <summary>The request, or null for any text that is not the code of one of this organization's requests.</summary>
    public async Task<OnlineLoanView?> FindAsync(string? code, CancellationToken cancellationToken = default)
    {
        if (TrackingCodes.Normalize(code) is not { } normalized)
        {
            return null;
        }

        var hash = TrackingCodes.Hash(normalized);
        var loan = await db.Set<AssetLoan>().AsNoTracking().FirstOrDefaultAsync(l => l.TrackingCodeHash == hash, cancellationToken);
        if (loan is null)
        {
            return null;
        }

        var article = await db.Set<Asset>().Where(a => a.Id == loan.AssetId).Select(a => a.Name).FirstAsync(cancellationToken);
        return new OnlineLoanView(
            loan.Id, article, loan.Quantity, loan.From, loan.Until, loan.Purpose, loan.Place, loan.Status, loan.RequestedAt,
            loan.DecidedAt, loan.DecisionNote, loan.ReturnedOn, loan.IsOverdue(BangkokTime.Today(clock)));
    }
}
