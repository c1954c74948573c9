using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Jobs;
using Prongsai.Core.Measures;
using Prongsai.Core.Publishing;
using Prongsai.Core.Storage;

namespace Prongsai.Core.Trash;

/// <summary>
/// Empties the trash of what was deleted more than <see cref="TrashItem.RetentionDays"/> days ago. The files a purged
/// item holds (<see cref="ITrashKind.FileKeys"/>: a document's attachments, an executive's photo) are deleted from the
/// file store too, unless a row still uses the same key (an attachment, evidence, an executive's photo, an emblem, another item
/// in the trash); the ledger keeps a document's file hashes, so a copy someone downloaded is still recognised by
/// /{org}/verify. Files of deleted evidence stay in the file store (evidence is not
/// ledgered one by one; a measures report that showed it keeps its own files).
/// </summary>
public sealed class PurgeTrashJob(ProngsaiDbContext db, IFileStore store, TimeProvider clock, IEnumerable<ITrashKind> kinds) : IBackgroundJob
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

        var byKind = kinds.ToDictionary(k => k.Kind, StringComparer.Ordinal);
        var fileKeys = expired.SelectMany(t => byKind.GetValueOrDefault(t.Kind)?.FileKeys(t) ?? []).Distinct(StringComparer.Ordinal).ToList();
        db.RemoveRange(expired);
        await db.SaveChangesAsync(cancellationToken);

        // The rows are gone first: a file whose delete fails is an orphan, never a row without its file.
        foreach (var key in fileKeys)
        {
            if (!await StillUsedAsync(key, cancellationToken))
            {
                await store.DeleteAsync(key, cancellationToken);
            }
        }
    }

    private async Task<bool> StillUsedAsync(string key, CancellationToken cancellationToken) =>
        await db.Attachments.IgnoreQueryFilters().AnyAsync(a => a.FileKey == key, cancellationToken)
        || await db.Set<Evidence>().IgnoreQueryFilters().AnyAsync(e => e.FileKey == key, cancellationToken)
        || await db.Executives.IgnoreQueryFilters().AnyAsync(e => e.PhotoFileKey == key, cancellationToken)
        || await db.Organizations.AnyAsync(o => o.LogoFileKey == key, cancellationToken)
        || await db.Set<TrashItem>().IgnoreQueryFilters().AnyAsync(t => t.Payload.Contains(key), cancellationToken);
}
