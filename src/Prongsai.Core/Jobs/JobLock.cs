using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;

namespace Prongsai.Core.Jobs;

/// <summary>Takes and releases job leases with single-statement updates, so two nodes never both win.</summary>
public sealed class JobLock(ProngsaiDbContext db, TimeProvider clock)
{
    public async Task<bool> TryAcquireAsync(string job, string holder, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var until = now + duration;
        var taken = await db.JobLeases
            .Where(l => l.Name == job && (l.ExpiresAt < now || l.Holder == holder))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), cancellationToken);
        if (taken == 1)
        {
            return true;
        }

        if (await db.JobLeases.AsNoTracking().AnyAsync(l => l.Name == job, cancellationToken))
        {
            return false;
        }

        db.JobLeases.Add(new JobLease { Name = job, Holder = holder, ExpiresAt = until });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // The primary key refused a second row: another node created the lease first.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    public Task ReleaseAsync(string job, string holder, CancellationToken cancellationToken = default) =>
        db.JobLeases.Where(l => l.Name == job && l.Holder == holder).ExecuteDeleteAsync(cancellationToken);
}
