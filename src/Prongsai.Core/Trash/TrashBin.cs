using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Auditing;
using Prongsai.Core.Caching;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Trash;

/// <summary>
/// One line of the trash page; <paramref name="KindLabel"/> is what the page calls the kind ("มาตรการ"),
/// <paramref name="KindLabelEnglish"/> the same in English.
/// </summary>
public sealed record TrashEntry(
    int Id, string Kind, string KindLabel, string KindLabelEnglish, string Title, DateTimeOffset DeletedAt, string DeletedByName, DateTimeOffset PurgeAfter, bool CanRestore)
{
    /// <summary>After a restore: where the item is found again in the back office (<see cref="ITrashKind.PlaceAsync"/>).</summary>
    public string? Place { get; init; }
}

/// <summary>
/// The trash ("ถังขยะ"): what was deleted in the last 30 days, and putting it back. What can be in it is declared by
/// the features (<see cref="ITrashKind"/>); this class knows none by name. Restoring needs the permission that allowed
/// the delete (stored on the item) and whatever more its kind asks (a department, the finance departments); the rows
/// come back with their ids, and every restore is in the audit trail.
/// </summary>
public sealed class TrashBin(ProngsaiDbContext db, TimeProvider clock, IEnumerable<ITrashKind> kinds, ContentVersion contentVersion)
{
    public const string RestoreAction = "restore";

    private readonly IReadOnlyList<ITrashKind> all = kinds.ToList();
    private Dictionary<string, ITrashKind> ByKind => field ??= all.ToDictionary(k => k.Kind, StringComparer.Ordinal);

    /// <summary>What the trash can hold, as the trash page names it, in the features' order.</summary>
    public IReadOnlyList<(string Thai, string English)> KindLabels => all.Select(k => (k.Label, k.LabelEnglish)).ToList();

    public async Task<Result<IReadOnlyList<TrashEntry>>> ListAsync(StaffActor actor, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(OrganizationPermissions.ViewBackOffice) is { } forbidden)
        {
            return forbidden;
        }

        // The payloads are not read: the list needs only what names and guards each item.
        var items = await db.Set<TrashItem>().AsNoTracking()
            .Select(t => new TrashItem
            {
                Id = t.Id, OrganizationId = t.OrganizationId, Kind = t.Kind, ItemId = t.ItemId, ParentId = t.ParentId, Title = t.Title,
                Permission = t.Permission, DeletedAt = t.DeletedAt, DeletedByName = t.DeletedByName, Payload = string.Empty,
            })
            .ToListAsync(cancellationToken);
        // Asked once per kind and parent: a finance rule or a checklist item's department is a query, and thirty budget
        // lines of one plan must not make thirty.
        var answers = new Dictionary<(string Kind, int ParentId), bool>();
        var entries = new List<TrashEntry>();
        foreach (var item in items.OrderByDescending(t => t.DeletedAt))
        {
            var kind = ByKind.GetValueOrDefault(item.Kind);
            if (kind is not null && !kind.IsListedTo(actor, item))
            {
                continue;
            }

            if (kind is null || !actor.Has(item.Permission))
            {
                entries.Add(EntryOf(item, canRestore: false));
                continue;
            }

            if (!answers.TryGetValue((item.Kind, item.ParentId), out var canRestore))
            {
                canRestore = await kind.MayRestoreAsync(actor, item, cancellationToken);
                answers[(item.Kind, item.ParentId)] = canRestore;
            }

            entries.Add(EntryOf(item, canRestore));
        }

        return entries;
    }

    public async Task<Result<TrashEntry>> RestoreAsync(StaffActor actor, int trashId, CancellationToken cancellationToken = default)
    {
        var item = await db.Set<TrashItem>().FirstOrDefaultAsync(t => t.Id == trashId, cancellationToken);
        if (item is null)
        {
            return Error.NotFound("ไม่พบรายการนี้ในถังขยะ (อาจถูกกู้คืนหรือลบถาวรไปแล้ว)");
        }

        if (actor.Lacks(item.Permission) is { } forbidden)
        {
            return forbidden;
        }

        if (!ByKind.TryGetValue(item.Kind, out var kind))
        {
            return Error.Invalid("รายการชนิดนี้กู้คืนไม่ได้");
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (await kind.RestoreAsync(actor, item, cancellationToken) is { } refused)
            {
                return refused;
            }

            db.Remove(item);
            db.Add(new AuditEntry
            {
                OrganizationId = item.OrganizationId, At = clock.GetUtcNow(), UserId = actor.UserId, UserName = actor.AuditName,
                Entity = kind.AuditEntity, EntityId = item.ItemId.ToString(CultureInfo.InvariantCulture), Action = RestoreAction,
                Changes = JsonSerializer.Serialize(new Dictionary<string, object?[]> { ["Title"] = [null, item.Title] }),
            });
            await db.SaveChangesAsync(cancellationToken);
            await kind.AfterRestoreAsync(item, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // After the commit, as the deletes do: a stamp bumped before it could let a cache keep the old page.
        if (kind.ChangesPublicContent)
        {
            await contentVersion.BumpAsync(item.OrganizationId, cancellationToken);
        }

        return EntryOf(item, canRestore: true) with { Place = await kind.PlaceAsync(item, cancellationToken) };
    }

    private TrashEntry EntryOf(TrashItem item, bool canRestore)
    {
        var kind = ByKind.GetValueOrDefault(item.Kind);
        return new(item.Id, item.Kind, kind?.Label ?? item.Kind, kind?.LabelEnglish ?? item.Kind, item.Title, item.DeletedAt, item.DeletedByName,
            item.PurgeAfter, canRestore);
    }
}
