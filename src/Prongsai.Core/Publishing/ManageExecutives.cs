using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Common;
using Prongsai.Core.Organizations;
using Prongsai.Core.Data;
using Prongsai.Core.Storage;

namespace Prongsai.Core.Publishing;

public sealed record ExecutiveInput(string? Name, string? Title, ExecutiveSide Side, string? Phone, int SortOrder);

/// <summary>An image upload: content checked by its bytes (PNG, JPEG, WebP, GIF), at most 2 MB.</summary>
public sealed record ImageUpload(string FileName, Stream Content);

/// <summary>
/// The executives page (O2: name, title, photo, phone, on the elected and the civil-service side)
/// and the organization's emblem, kept by the OrgAdmin. Public pages change, so the content stamp moves. Deleting an
/// executive asks first and goes to the trash (<see cref="DeleteExecutive"/>); a photo or an emblem that a new one
/// replaces goes to the trash too (<see cref="ExecutivePhotoTrash"/>, <see cref="EmblemTrash"/>), in the same save.
/// </summary>
public sealed class ManageExecutives(ProngsaiDbContext db, IFileStore files, ContentVersion contentVersion,
    Microsoft.Extensions.Options.IOptions<Storage.Archives.ArchiveLimits> archiveLimits, TimeProvider clock)
{
    public const long MaxImageBytes = 2 * 1024 * 1024;

    private static readonly HashSet<string> ImageKinds = ["png", "jpeg", "webp", "gif"];

    public async Task<Result<Executive>> SaveAsync(StaffActor actor, int? id, ExecutiveInput input, ImageUpload? photo, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(OrganizationPermissions.ManageOrganizationProfile) is not null || actor.OrganizationId is not { } organizationId)
        {
            return Error.Forbidden();
        }

        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 200)
        {
            errors.Add(Error.Invalid("กรุณาระบุชื่อ-นามสกุล (ไม่เกิน 200 ตัวอักษร)", nameof(input.Name)));
        }

        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Trim().Length > 200)
        {
            errors.Add(Error.Invalid("กรุณาระบุตำแหน่ง (ไม่เกิน 200 ตัวอักษร)", nameof(input.Title)));
        }

        if (!Enum.IsDefined(input.Side))
        {
            errors.Add(Error.Invalid("กรุณาเลือกฝ่ายการเมืองหรือฝ่ายประจำ", nameof(input.Side)));
        }

        if (input.Phone is { Length: > 50 })
        {
            errors.Add(Error.Invalid("หมายเลขโทรศัพท์ยาวเกินไป", nameof(input.Phone)));
        }

        var image = photo is null ? null : await ReadImageAsync(photo, archiveLimits.Value, errors, "Photo", cancellationToken);
        if (errors.Count > 0)
        {
            return Result<Executive>.Fail(errors);
        }

        var executive = id is null ? null : await db.Executives.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (id is not null && executive is null)
        {
            return Error.NotFound("ไม่พบรายชื่อผู้บริหาร");
        }

        var oldPhoto = executive?.PhotoFileKey;
        executive ??= db.Executives.Add(new Executive { OrganizationId = organizationId, Name = "", Title = "" }).Entity;
        executive.Name = input.Name!.Trim();
        executive.Title = input.Title!.Trim();
        executive.Side = input.Side;
        executive.Phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim();
        executive.SortOrder = input.SortOrder;
        if (image is not null)
        {
            executive.PhotoFileKey = await files.SaveAsync("executives", "photo" + image.Value.Type.Extension, new MemoryStream(image.Value.Bytes), cancellationToken);
            if (oldPhoto is not null)
            {
                db.Add(ExecutivePhotoTrash.Of(executive, oldPhoto, actor, clock.GetUtcNow()));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await contentVersion.BumpAsync(organizationId, cancellationToken);
        return Result<Executive>.Ok(executive);
    }

    public async Task<Result<bool>> SetEmblemAsync(StaffActor actor, ImageUpload emblem, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(OrganizationPermissions.ManageOrganizationProfile) is not null || actor.OrganizationId is not { } organizationId)
        {
            return Error.Forbidden();
        }

        var errors = new List<Error>();
        var image = await ReadImageAsync(emblem, archiveLimits.Value, errors, "Emblem", cancellationToken);
        if (image is null)
        {
            return Result<bool>.Fail(errors);
        }

        var organization = await db.Organizations.FirstAsync(o => o.Id == organizationId, cancellationToken);
        if (organization.LogoFileKey is { } old)
        {
            db.Add(EmblemTrash.Of(organization, old, actor, clock.GetUtcNow()));
        }

        organization.LogoFileKey = await files.SaveAsync("emblems", "emblem" + image.Value.Type.Extension, new MemoryStream(image.Value.Bytes), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await contentVersion.BumpAsync(organizationId, cancellationToken);
        return Result<bool>.Ok(true);
    }

    private static async Task<(byte[] Bytes, DetectedFileType Type)?> ReadImageAsync(ImageUpload upload, Storage.Archives.ArchiveLimits limits, List<Error> errors, string field, CancellationToken cancellationToken)
    {
        var bytes = await LimitedRead.ReadAtMostAsync(upload.Content, MaxImageBytes, cancellationToken);
        if (bytes is null)
        {
            errors.Add(Error.Invalid("รูปภาพใหญ่เกิน 2 MB", field));
            return null;
        }

        var type = FileTypeDetector.Detect(new MemoryStream(bytes));
        if (type is null || !ImageKinds.Contains(type.Kind))
        {
            errors.Add(Error.Invalid("ไฟล์ต้องเป็นรูปภาพ PNG, JPEG, WebP หรือ GIF (ตรวจจากเนื้อไฟล์ ไม่ใช่นามสกุล)", field));
            return null;
        }

        // Photos are decoded by every visitor's browser: a pixel bomb is refused here.
        if (Storage.Archives.ImageGuard.Check(bytes, limits) is { } huge)
        {
            errors.Add(Error.Invalid(huge.Message, field));
            return null;
        }

        // A portrait taken on a phone carries where it was taken; the website serves it to anyone.
        if (Storage.PhotoMetadata.Strip(bytes) is not { } clean)
        {
            errors.Add(Error.Invalid("รูปภาพเสียหาย อ่านไม่ได้ กรุณาบันทึกรูปใหม่แล้วลองอีกครั้ง", field));
            return null;
        }

        return (clean, type);
    }
}
