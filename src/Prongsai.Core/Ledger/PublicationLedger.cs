using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Data;

namespace Prongsai.Core.Ledger;

/// <summary>An attachment as the ledger records it: its name within the item and its SHA-256.</summary>
public sealed record LedgerFileHash(string Name, string Sha256, string FileName = "");

/// <summary>
/// The hash-chained publication ledger of each organization. Every publish, update and
/// unpublish of public content appends one entry (in the caller's transaction, so the change
/// and its entry commit together). Other features call AppendAsync with their own item type.
/// </summary>
public sealed class PublicationLedger(ProngsaiDbContext db, ContentStampMemo stampMemo, TimeProvider clock, ISharedContentStamps? sharedStamps = null)
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";
    public const string Format = "prongsai-ledger-v1";

    /// <summary>
    /// Appends an entry. Bumps the organization's content stamp first: that write serializes
    /// appenders of one organization (row lock on PostgreSQL, the write lock on SQLite) and
    /// invalidates every node's public-page cache.
    /// </summary>
    public async Task<LedgerEntry> AppendAsync(
        int organizationId, string itemType, string itemId, string action, string contentSha256,
        IReadOnlyCollection<LedgerFileHash> files, string title = "", CancellationToken cancellationToken = default)
    {
        stampMemo.Forget(organizationId);
        var bumped = await db.ContentStamps
            .Where(s => s.OrganizationId == organizationId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
        if (bumped == 0 && db.ContentStamps.Local.All(s => s.OrganizationId != organizationId))
        {
            db.ContentStamps.Add(new ContentStamp { OrganizationId = organizationId, Version = 1 });
        }

        if (sharedStamps is not null)
        {
            await sharedStamps.BumpAsync(organizationId);
        }

        var head = await db.LedgerEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.OrganizationId == organizationId)
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(cancellationToken);

        var now = clock.GetUtcNow();
        var entry = new LedgerEntry
        {
            OrganizationId = organizationId,
            Sequence = (head?.Sequence ?? 0) + 1,
            At = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero),
            ItemType = itemType,
            ItemId = itemId,
            Action = action,
            ContentSha256 = contentSha256,
            PreviousHash = head?.Hash ?? Genesis,
            Hash = "",
            Title = title.Length > 500 ? title[..500] : title,
            Files = files.OrderBy(f => f.Name, StringComparer.Ordinal)
                .Select(f => new LedgerFile { OrganizationId = organizationId, Name = f.Name, Sha256 = f.Sha256, FileName = f.FileName })
                .ToList(),
        };
        entry.Hash = HashOf(entry);
        db.LedgerEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    /// <summary>The exact bytes of an entry that its hash covers (docs/ledger.md).</summary>
    public static byte[] CanonicalBytes(LedgerEntry entry) => Build(entry).ToArray();

    public static string HashOf(LedgerEntry entry) => Build(entry).Sha256();

    private static Canonical Build(LedgerEntry entry)
    {
        var c = new Canonical()
            .Add("ledger", Format)
            .Add("org", (long)entry.OrganizationId)
            .Add("seq", entry.Sequence)
            .Add("at", Canonical.Time(entry.At))
            .Add("type", entry.ItemType)
            .Add("item", entry.ItemId)
            .Add("action", entry.Action)
            .Add("content", entry.ContentSha256);
        foreach (var file in entry.Files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            c.Add("file", file.Name + " " + file.Sha256);
        }

        return c.Add("prev", entry.PreviousHash);
    }

    public sealed record Head(long Sequence, string Hash, DateTimeOffset At);

    public async Task<Head?> HeadAsync(int organizationId, CancellationToken cancellationToken = default) =>
        await db.LedgerEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.OrganizationId == organizationId)
            .OrderByDescending(e => e.Sequence)
            .Select(e => new Head(e.Sequence, e.Hash, e.At))
            .FirstOrDefaultAsync(cancellationToken);
}
