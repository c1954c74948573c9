using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;

namespace Prongsai.Core.Caching;

/// <summary>
/// Reads and bumps the per-organization content stamp kept in the database, and in the shared store when one is
/// configured (Prongsai:Redis). On an anonymous public GET the context reads the replica, so the stamp is read
/// from the same place as the page's rows and before them: a page is never older than the stamp it is cached under.
/// </summary>
public sealed class ContentVersion(ProngsaiDbContext db, ContentStampMemo memo, ISharedContentStamps? shared = null)
{
    public async Task<long> CurrentAsync(int organizationId, CancellationToken cancellationToken = default)
    {
        if (memo.TryGet(organizationId, out var remembered))
        {
            return remembered;
        }

        if (shared is not null && await shared.ReadAsync(organizationId, cancellationToken) is { } sharedVersion)
        {
            // Shared stamps count below zero and database stamps from zero up, so a page cached under one can
            // never be served under the other when the store goes away and comes back.
            var negative = -1 - sharedVersion;
            memo.Remember(organizationId, negative);
            return negative;
        }

        if (await memo.FromFreshBoardAsync(organizationId, ReadAllAsync, cancellationToken) is { } onBoard)
        {
            return onBoard;
        }

        var version = await db.ContentStamps.AsNoTracking()
            .Where(s => s.OrganizationId == organizationId)
            .Select(s => (long?)s.Version)
            .FirstOrDefaultAsync(cancellationToken) ?? 0;
        memo.Remember(organizationId, version);
        return version;
    }

    // Two integers per organization that has ever published: 8,000 organizations are a read of a few milliseconds.
    private Task<Dictionary<int, long>> ReadAllAsync(CancellationToken cancellationToken) =>
        db.ContentStamps.AsNoTracking().ToDictionaryAsync(s => s.OrganizationId, s => s.Version, cancellationToken);

    /// <summary>Atomic increment in the database, so concurrent publishers on two nodes both count.</summary>
    public async Task BumpAsync(int organizationId, CancellationToken cancellationToken = default)
    {
        memo.Forget(organizationId);
        var updated = await db.ContentStamps
            .Where(s => s.OrganizationId == organizationId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
        if (updated == 0)
        {
            db.ContentStamps.Add(new ContentStamp { OrganizationId = organizationId, Version = 1 });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another node created the row first; count this bump on it.
                db.ChangeTracker.Clear();
                await db.ContentStamps
                    .Where(s => s.OrganizationId == organizationId)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
            }
        }

        if (shared is not null)
        {
            await shared.BumpAsync(organizationId);
        }
    }
}
