using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Trash;

namespace Prongsai.Core.Publishing;

/// <summary>
/// A deleted executive in the trash (<see cref="DeleteExecutive"/>). It comes back with its id (its photo address
/// works again) and its photo, which stayed in the file store meanwhile; the purge deletes the photo. The public
/// executives page reads the rows live, so the restore bumps the content stamp as the delete did.
/// </summary>
public sealed class ExecutiveTrash(ProngsaiDbContext db) : ITrashKind
{
    public Task<string?> PlaceAsync(TrashItem item, CancellationToken cancellationToken) => Task.FromResult<string?>("executives");

    public const string Key = "executive";

    public string Kind => Key;
    public string Label => "รายชื่อผู้บริหาร";
    public string LabelEnglish => "Executive";
    public string AuditEntity => nameof(Executive);
    public bool ChangesPublicContent => true;

    public static TrashItem Of(Executive executive, StaffActor actor, DateTimeOffset now) =>
        TrashItem.Deleted(Key, executive.OrganizationId, executive.Id, $"{executive.Name} ({executive.Title})", OrganizationPermissions.ManageOrganizationProfile, TrashPayload.Of(executive), actor, now);

    public async Task<Error?> RestoreAsync(StaffActor actor, TrashItem item, CancellationToken cancellationToken)
    {
        // The executive belongs to the organization only, which is always there: the one conflict is a second restore.
        if (await db.Executives.AnyAsync(e => e.Id == item.ItemId, cancellationToken))
        {
            return Error.Conflict("รายชื่อผู้บริหารนี้ถูกกู้คืนไปแล้ว");
        }

        // Added with its id (not attached), so EF inserts it rather than taking it for an update.
        db.Executives.Add(TrashPayload.Read<Executive>(item));
        return null;
    }

    public IEnumerable<string> FileKeys(TrashItem item) =>
        TrashPayload.Read<Executive>(item).PhotoFileKey is { } photo ? [photo] : [];
}
