using Prongsai.Core.Common;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Trash;

/// <summary>
/// Something a feature can put in the trash (declared with <c>FeatureBuilder.TrashKind&lt;T&gt;()</c>): the feature's
/// delete writes a <see cref="TrashItem"/> of this kind, and the trash reads, guards and restores it through here, so
/// <see cref="TrashBin"/> knows no kind by name.
/// </summary>
public interface ITrashKind
{
    /// <summary>The value of <see cref="TrashItem.Kind"/> this kind reads ("measure"). Stored in rows: never renamed.</summary>
    string Kind { get; }

    /// <summary>What the trash page calls it ("มาตรการ").</summary>
    string Label { get; }

    /// <summary>What the trash page calls it in English ("Measure").</summary>
    string LabelEnglish { get; }

    /// <summary>The entity the restore's audit entry names (the deleted rows' audit entries name the same).</summary>
    string AuditEntity { get; }

    /// <summary>
    /// Whether the actor may restore the item, beyond the permission stored on it (which the trash checks first): a
    /// department rule, the finance departments. The trash page asks it to offer the button; a kind's
    /// <see cref="RestoreAsync"/> checks again. The answer may depend only on the actor, the kind and the item's
    /// <see cref="TrashItem.ParentId"/>: the list asks once per kind and parent.
    /// </summary>
    Task<bool> MayRestoreAsync(StaffActor actor, TrashItem item, CancellationToken cancellationToken) => Task.FromResult(true);

    /// <summary>
    /// Whether the trash page lists the item to the actor at all, when its title is not everyone's to read (another
    /// department's draft). Like <see cref="MayRestoreAsync"/>, it may depend only on the actor and the item's
    /// <see cref="TrashItem.ParentId"/>: the list reads no payload.
    /// </summary>
    bool IsListedTo(StaffActor actor, TrashItem item) => true;

    /// <summary>
    /// Adds the item's rows back with their ids (not yet saved), or says why not in Thai: forbidden, or a conflict when
    /// what it belongs to is gone or it came back already. Nothing may be added when an error is returned.
    /// </summary>
    Task<Error?> RestoreAsync(StaffActor actor, TrashItem item, CancellationToken cancellationToken);

    /// <summary>
    /// Where the restored item is found in the back office, relative to the organization's ("measures/2568/measure/12"),
    /// read after the restore; null when there is no page of its own. The trash page links to it, so a clerk who
    /// restored something sees it at once instead of hunting for it.
    /// </summary>
    Task<string?> PlaceAsync(TrashItem item, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    /// <summary>After the rows are saved, in the restore's transaction: what the delete undid elsewhere (ledger, search).</summary>
    Task AfterRestoreAsync(TrashItem item, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Whether the public pages read these rows live, so the delete bumped the organization's content stamp (the page
    /// cache, stamped search indexers): the trash bumps it after a restore too.
    /// </summary>
    bool ChangesPublicContent => false;

    /// <summary>The file-store keys the item holds: the purge deletes them unless a row still uses them.</summary>
    IEnumerable<string> FileKeys(TrashItem item) => [];
}
