using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Trash;

namespace Prongsai.Core.Publishing;

/// <summary>
/// The organization's emblem that a newly uploaded one replaced, kept in the trash for 30 days (as a replaced
/// executive's photo is, <see cref="ExecutivePhotoTrash"/>). A restore puts it back on every page; the emblem it
/// takes the place of goes to the trash in turn. The purge deletes the file.
/// </summary>
public sealed class EmblemTrash(ProngsaiDbContext db, TimeProvider clock) : ITrashKind
{
    public Task<string?> PlaceAsync(TrashItem item, CancellationToken cancellationToken) => Task.FromResult<string?>("executives");

    public const string Key = "emblem";

    public string Kind => Key;
    public string Label => "ตราสัญลักษณ์ที่ถูกเปลี่ยน";
    public string LabelEnglish => "Replaced emblem";
    public string AuditEntity => nameof(Organization);
    public bool ChangesPublicContent => true;

    /// <summary>The item for <paramref name="emblem"/>, the key the organization held before its new emblem.</summary>
    public static TrashItem Of(Organization organization, string emblem, StaffActor actor, DateTimeOffset now) =>
        TrashItem.Deleted(Key, organization.Id, organization.Id, "ตราสัญลักษณ์เดิมของหน่วยงาน",
            OrganizationPermissions.ManageOrganizationProfile, TrashPayload.Of(new ReplacedImage(emblem)), actor, now);

    public async Task<Error?> RestoreAsync(StaffActor actor, TrashItem item, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.FirstAsync(o => o.Id == item.OrganizationId, cancellationToken);
        var emblem = TrashPayload.Read<ReplacedImage>(item).FileKey;
        if (organization.LogoFileKey == emblem)
        {
            return Error.Conflict("ตราสัญลักษณ์นี้เป็นตราสัญลักษณ์ปัจจุบันอยู่แล้ว");
        }

        if (organization.LogoFileKey is { } current)
        {
            db.Add(Of(organization, current, actor, clock.GetUtcNow()));
        }

        organization.LogoFileKey = emblem;
        return null;
    }

    public IEnumerable<string> FileKeys(TrashItem item) => [TrashPayload.Read<ReplacedImage>(item).FileKey];
}
