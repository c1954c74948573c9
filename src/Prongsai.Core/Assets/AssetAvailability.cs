using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;

namespace Prongsai.Core.Assets;

/// <summary>
/// How many pieces of an article are free for a period: its quantity less the most that approved loans hold on any one
/// day of it. A loan past its date and not back yet still holds its pieces until it is recorded back, so nothing is
/// promised that is not on the shelf.
/// </summary>
public sealed class AssetAvailability(ProngsaiDbContext db, TimeProvider clock)
{
    public async Task<int> FreeAsync(Asset asset, DateOnly from, DateOnly until, int? exceptLoanId = null, CancellationToken cancellationToken = default)
    {
        var loans = await db.Set<AssetLoan>().AsNoTracking()
            .Where(l => l.AssetId == asset.Id && l.Status == AssetLoanStatus.Approved && l.Id != exceptLoanId)
            .Select(l => new { l.From, l.Until, l.Quantity })
            .ToListAsync(cancellationToken);
        var today = BangkokTime.Today(clock);
        return asset.Quantity - MostHeld(loans.Select(l => (l.From, l.Until < today ? today : l.Until, l.Quantity)), from, until);
    }

    /// <summary>The most pieces held on one day of [from, until] by loans given as (first day, last day, pieces).</summary>
    public static int MostHeld(IEnumerable<(DateOnly From, DateOnly Until, int Quantity)> loans, DateOnly from, DateOnly until)
    {
        // A sweep over the days where the count changes: +pieces on a loan's first day, −pieces the day after its last.
        var changes = new SortedDictionary<DateOnly, int>();
        foreach (var (start, end, quantity) in loans)
        {
            if (end < from || start > until)
            {
                continue;
            }

            var first = start < from ? from : start;
            changes[first] = changes.GetValueOrDefault(first) + quantity;
            var after = end.AddDays(1);
            changes[after] = changes.GetValueOrDefault(after) - quantity;
        }

        var held = 0;
        var most = 0;
        foreach (var change in changes.Values)
        {
            held += change;
            most = Math.Max(most, held);
        }

        return most;
    }
}
