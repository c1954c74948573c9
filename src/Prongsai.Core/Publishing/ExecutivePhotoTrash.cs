using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Trash;

namespace Prongsai.Core.Publishing;

/// <summary>
/// An executive's photo that a newly saved one replaced, kept in the trash for 30 days: choosing the wrong file is
/// one click, and the old photo may exist nowhere else. A restore puts it back on the executive, and the photo it
/// takes the place of goes to the trash in turn, so a restore loses nothing either. The purge deletes the file.
/// </summary>
public sealed class ExecutivePhotoTrash(ProngsaiDbContext db, TimeProvider clock) : ITrashKind
{
    public Task<string?> PlaceAsync(TrashItem item, CancellationToken cancellationToken) => Task.FromResult<string?>("executives");

    public const string Key = "executive-photo";

    public string Kind => Key;
    public string Label => "รูปถ่ายผู้บริหารที่ถูกเปลี่ยน";
    public string LabelEnglish => "Replaced photo of an executive";
    public string AuditEntity => nameof(Executive);
    public bool ChangesPublicContent => true;

    /// <summary>The item for <paramref name="photo"/>, the key the executive held before its new photo.</summary>
    public static TrashItem Of(Executive executive, string photo, StaffActor actor, DateTimeOffset now) =>
        TrashItem.Deleted(Key, executive.OrganizationId, executive.Id, $"รูปถ่ายเดิมของ {executive.Name} ({executive.Title})",
            OrganizationPermissions.ManageOrganizationProfile, TrashPayload.Of(new ReplacedImage(photo)), actor, now, parentId: executive.Id);

    public async Task<Error?> RestoreAsync(StaffActor actor, TrashItem item, CancellationToken cancellationToken)
    {
        var executive = await db.Executives.FirstOrDefaultAsync(e => e.Id == item.ParentId, cancellationToken);
        if (executive is null)
        {
            return Error.Conflict("ผู้บริหารคนนี้ถูกลบแล้ว กู้คืนรายชื่อผู้บริหารก่อน แล้วจึงกู้คืนรูปถ่ายเดิม");
        }

        var photo = TrashPayload.Read<ReplacedImage>(item).FileKey;
        if (executive.PhotoFileKey == photo)
        {
            return Error.Conflict("รูปถ่ายนี้เป็นรูปถ่ายปัจจุบันของผู้บริหารอยู่แล้ว");
        }

        if (executive.PhotoFileKey is { } current)
        {
            db.Add(Of(executive, current, actor, clock.GetUtcNow()));
        }

        executive.PhotoFileKey = photo;
        return null;
    }

    public IEnumerable<string> FileKeys(TrashItem item) => [TrashPayload.Read<ReplacedImage>(item).FileKey];
}
