using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Jobs;

namespace Prongsai.Core.Trash;

/// <summary>
/// Empties the trash of what was deleted more than <see cref="TrashItem.RetentionDays"/> days ago. Files of
/// deleted evidence stay in the file store: a file that was ever public must stay verifiable from the ledger.
/// </summary>
public sealed class PurgeTrashJob(ProngsaiDbContext db, TimeProvider clock) : IBackgroundJob
{
    public string Name => "purge-trash";

    private DateTimeOffset Cutoff => clock.GetUtcNow().AddDays(-TrashItem.RetentionDays);

    public IQueryable<int> OrganizationsWithWork(ProngsaiDbContext db)
    {
        var cutoff = Cutoff;
        return db.Set<TrashItem>().IgnoreQueryFilters().Where(t => t.DeletedAt < cutoff).Select(t => t.OrganizationId);
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = Cutoff;
        var expired = await db.Set<TrashItem>().Where(t => t.DeletedAt < cutoff).ToListAsync(cancellationToken);
        if (expired.Count == 0)
        {
            return;
        }

        db.RemoveRange(expired);
        await db.SaveChangesAsync(cancellationToken);
    }
}
