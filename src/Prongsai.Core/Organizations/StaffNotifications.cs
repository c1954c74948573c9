using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;

namespace Prongsai.Core.Organizations;

/// <summary>The in-app notifications of a staff member: what is unread, and marking it read.</summary>
public sealed class StaffNotifications(ProngsaiDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<StaffNotification>> UnreadAsync(StaffActor actor, int max = 20, CancellationToken cancellationToken = default) =>
        actor.UserId is not { } userId
            ? []
            : await db.StaffNotifications.AsNoTracking()
                .Where(n => n.UserId == userId && n.ReadAt == null)
                .OrderByDescending(n => n.Id).Take(max).ToListAsync(cancellationToken);

    /// <summary>Marks the actor's own unread notifications read; nobody marks another member's.</summary>
    public async Task<Result<int>> MarkAllReadAsync(StaffActor actor, CancellationToken cancellationToken = default)
    {
        if (actor.UserId is not { } userId || actor.Lacks(OrganizationPermissions.ViewBackOffice) is not null)
        {
            return Error.Forbidden();
        }

        var now = clock.GetUtcNow();
        var unread = await db.StaffNotifications.Where(n => n.UserId == userId && n.ReadAt == null).ToListAsync(cancellationToken);
        unread.ForEach(n => n.ReadAt = now);
        await db.SaveChangesAsync(cancellationToken);
        return unread.Count;
    }
}
