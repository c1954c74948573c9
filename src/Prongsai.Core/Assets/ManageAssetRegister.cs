using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Prongsai.Core.Caching;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Assets;

/// <summary>What the register's form sends.</summary>
public sealed record AssetInput(
    string? Code, string? Name, string? Category, int? Quantity, int? DepartmentId, string? Location,
    DateOnly? AcquiredOn, decimal? Value, bool Lendable, AssetCondition Condition, string? Notes, bool ShownToPublic = false);

/// <summary>
/// Keeps the register: adds and corrects articles, writes them off (never deletes: their loans are the record) and
/// takes a write-off back when it was a mistake. Only the keepers of property may (<see cref="AssetKeepers"/>).
/// </summary>
public sealed class ManageAssetRegister(ProngsaiDbContext db, AssetKeepers keepers, ContentVersion contentVersion, TimeProvider clock)
{
    public async Task<Result<Asset>> AddAsync(StaffActor actor, AssetInput input, CancellationToken cancellationToken = default)
    {
        if (await keepers.CheckAsync(actor, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        var errors = await ValidateAsync(input, null, 0, cancellationToken);
        if (errors.Count > 0)
        {
            return Result<Asset>.Fail(errors);
        }

        var now = clock.GetUtcNow();
        var asset = new Asset { Code = "", Name = "", CreatedAt = now };
        AssetRules.Apply(asset, input, now);
        db.Set<Asset>().Add(asset);
        return await SaveAsync(asset, wasPublic: false, transaction: null, cancellationToken);
    }

    public async Task<Result<Asset>> EditAsync(StaffActor actor, int assetId, AssetInput input, CancellationToken cancellationToken = default)
    {
        if (await keepers.CheckAsync(actor, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        // Under the lock an approval takes: what is lent cannot grow between this count and the new quantity.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await DecideAssetLoan.LockAsync(db, assetId, cancellationToken);
        var asset = await db.Set<Asset>().FirstOrDefaultAsync(a => a.Id == assetId, cancellationToken);
        if (asset is null)
        {
            return Error.NotFound("ไม่พบทรัพย์สินนี้ในทะเบียน");
        }

        var errors = await ValidateAsync(input, asset, await LentAsync(assetId, cancellationToken), cancellationToken);
        if (errors.Count > 0)
        {
            return Result<Asset>.Fail(errors);
        }

        var wasPublic = asset.ShownToPublic;
        AssetRules.Apply(asset, input, clock.GetUtcNow());
        return await SaveAsync(asset, wasPublic, transaction, cancellationToken);
    }

    /// <summary>
    /// Every error adding (no <paramref name="assetId"/>) or correcting an article with <paramref name="input"/> would
    /// meet, found without saving: for a form the page has already refused in part (a price it could not read is passed
    /// on as none, which saving would take), so that every problem of the form is told at once.
    /// </summary>
    public async Task<IReadOnlyList<Error>> CheckAsync(StaffActor actor, int? assetId, AssetInput input, CancellationToken cancellationToken = default)
    {
        if (await keepers.CheckAsync(actor, cancellationToken) is { } forbidden)
        {
            return [forbidden];
        }

        if (assetId is not { } id)
        {
            return await ValidateAsync(input, null, 0, cancellationToken);
        }

        var asset = await db.Set<Asset>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return asset is null
            ? [Error.NotFound("ไม่พบทรัพย์สินนี้ในทะเบียน")]
            : await ValidateAsync(input, asset, await LentAsync(id, cancellationToken), cancellationToken);
    }

    /// <summary>Writes an article off the register with the reason (จำหน่าย, e.g. "ชำรุดเกินกว่าจะซ่อม"), unless some of it is out on loan.</summary>
    public async Task<Result<Asset>> RetireAsync(StaffActor actor, int assetId, string? reason, CancellationToken cancellationToken = default)
    {
        if (await keepers.CheckAsync(actor, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        var asset = await db.Set<Asset>().FirstOrDefaultAsync(a => a.Id == assetId, cancellationToken);
        if (asset is null)
        {
            return Error.NotFound("ไม่พบทรัพย์สินนี้ในทะเบียน");
        }

        if (asset.RetiredAt is not null)
        {
            return Error.Conflict("ทรัพย์สินนี้จำหน่ายออกจากทะเบียนไปแล้ว");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Error.Invalid("กรุณาบอกเหตุผลที่จำหน่ายออกจากทะเบียน", "Reason");
        }

        if (reason.Trim().Length > AssetLimits.Reason)
        {
            return Error.Invalid($"เหตุผลยาวได้ไม่เกิน {AssetLimits.Reason:N0} ตัวอักษร", "Reason");
        }

        var pending = await db.Set<AssetLoan>().Where(l => l.AssetId == assetId
            && (l.Status == AssetLoanStatus.Approved || l.Status == AssetLoanStatus.Requested)).CountAsync(cancellationToken);
        if (pending > 0)
        {
            return Error.Conflict("ทรัพย์สินนี้ยังมีคำขอยืมหรือการยืมที่ยังไม่คืน บันทึกการคืนหรือพิจารณาคำขอให้เสร็จก่อน");
        }

        var now = clock.GetUtcNow();
        asset.RetiredAt = now;
        asset.RetiredBy = actor.UserName;
        asset.RetireReason = reason.Trim();
        asset.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await BumpIfPublicAsync(asset, wasPublic: asset.ShownToPublic, cancellationToken);
        return asset;
    }

    /// <summary>Takes a write-off back (it was recorded by mistake): the article is in the register again as it was.</summary>
    public async Task<Result<Asset>> RestoreAsync(StaffActor actor, int assetId, CancellationToken cancellationToken = default)
    {
        if (await keepers.CheckAsync(actor, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        var asset = await db.Set<Asset>().FirstOrDefaultAsync(a => a.Id == assetId, cancellationToken);
        if (asset is null)
        {
            return Error.NotFound("ไม่พบทรัพย์สินนี้ในทะเบียน");
        }

        if (asset.RetiredAt is null)
        {
            return Error.Conflict("ทรัพย์สินนี้ยังอยู่ในทะเบียน");
        }

        asset.RetiredAt = null;
        asset.RetiredBy = null;
        asset.RetireReason = null;
        asset.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await BumpIfPublicAsync(asset, wasPublic: false, cancellationToken);
        return asset;
    }

    /// <summary>How many pieces of the article are out on loan now: its quantity may not go below.</summary>
    private async Task<int> LentAsync(int assetId, CancellationToken cancellationToken) =>
        await db.Set<AssetLoan>().Where(l => l.AssetId == assetId && l.Status == AssetLoanStatus.Approved)
            .SumAsync(l => (int?)l.Quantity, cancellationToken) ?? 0;

    /// <summary>The article's own rules (<see cref="AssetRules"/>), then a code no other article has and a department that may be chosen.</summary>
    private async Task<List<Error>> ValidateAsync(AssetInput input, Asset? asset, int lent, CancellationToken cancellationToken)
    {
        var assetId = asset?.Id;
        var errors = AssetRules.Check(input, lent, BangkokTime.Today(clock));
        var code = input.Code?.Trim();
        if (!errors.Any(e => e.Field == "Code") && await db.Set<Asset>().AnyAsync(a => a.Code == code && a.Id != assetId, cancellationToken))
        {
            errors.Add(Error.Conflict($"เลขรหัส {code} มีในทะเบียนแล้ว", "Code"));
        }

        if (input.DepartmentId is { } departmentId && !await DepartmentChoices.IsOfferedAsync(db, departmentId, asset?.DepartmentId, cancellationToken))
        {
            errors.Add(Error.Invalid("ไม่พบส่วนราชการที่เลือก กรุณาเลือกใหม่", "DepartmentId"));
        }

        return errors;
    }

    /// <summary>
    /// Two keepers adding the same code at once: the unique index decides, and the loser is told as if it had been checked.
    /// An edit's transaction (it holds the article's lock) ends here, before the website's stamp is bumped.
    /// </summary>
    private async Task<Result<Asset>> SaveAsync(Asset asset, bool wasPublic, IDbContextTransaction? transaction, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            await BumpIfPublicAsync(asset, wasPublic, cancellationToken);
            return asset;
        }
        catch (DbUpdateException)
        {
            db.Entry(asset).State = EntityState.Detached;
            return Error.Conflict($"เลขรหัส {asset.Code} มีในทะเบียนแล้ว", "Code");
        }
    }

    /// <summary>The website's list of what villagers may borrow is a cached page: it changes when a listed article does.</summary>
    private async Task BumpIfPublicAsync(Asset asset, bool wasPublic, CancellationToken cancellationToken)
    {
        if (wasPublic || asset.ShownToPublic)
        {
            await contentVersion.BumpAsync(asset.OrganizationId, cancellationToken);
        }
    }
}
