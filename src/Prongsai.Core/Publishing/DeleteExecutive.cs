using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Publishing;

/// <summary>
/// Moves an executive to the trash (ถังขยะ) for 30 days (<see cref="ExecutiveTrash"/>): the row leaves the table in the
/// same save that keeps it as a TrashItem, so the public executives page drops it at once (the content stamp moves).
/// The photo stays in the file store until the trash is purged, so a restore brings it back too. The row's
/// deletion is in the audit trail (the interceptor); a restore is TrashBin's.
/// </summary>
public sealed class DeleteExecutive(ProngsaiDbContext db, ContentVersion contentVersion, TimeProvider clock)
{
    /// <summary>The executive for the confirmation page, when the actor may delete it.</summary>
    public async Task<Result<Executive>> FindAsync(StaffActor actor, int id, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(OrganizationPermissions.ManageOrganizationProfile) is { } forbidden)
        {
            return forbidden;
        }

        var executive = await db.Executives.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        return executive is null ? NotFound : executive;
    }

    public async Task<Result<Executive>> RunAsync(StaffActor actor, int id, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(OrganizationPermissions.ManageOrganizationProfile) is { } forbidden)
        {
            return forbidden;
        }

        var executive = await db.Executives.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (executive is null)
        {
            return NotFound;
        }

        db.Add(ExecutiveTrash.Of(executive, actor, clock.GetUtcNow()));
        db.Executives.Remove(executive);
        await db.SaveChangesAsync(cancellationToken);
        // After the save, as every public change does: a stamp bumped before it could let a cache keep the old page.
        await contentVersion.BumpAsync(executive.OrganizationId, cancellationToken);
        return executive;
    }

    private static Error NotFound => Error.NotFound("ไม่พบรายชื่อผู้บริหารนี้ (อาจถูกลบไปแล้ว)");
}
