using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;

namespace Prongsai.Core.Organizations;

/// <summary>The in-app notifications of a staff member: what is unread, what came lately, and marking some read.</summary>
public sealed class StaffNotifications(ProngsaiDbContext db, TimeProvider clock)
{
    /// <summary>How many notifications the history page lists: about three months of a busy clerk's.</summary>
    public const int HistoryLength = 100;

    public async Task<IReadOnlyList<StaffNotification>> UnreadAsync(StaffActor actor, int max = 20, CancellationToken cancellationToken = default) =>
        actor.UserId is not { } userId
            ? []
            : await db.StaffNotifications.AsNoTracking()
                .Where(n => n.UserId == userId && n.ReadAt == null)
                .OrderByDescending(n => n.Id).Take(max).ToListAsync(cancellationToken);

    public async Task<int> CountUnreadAsync(StaffActor actor, CancellationToken cancellationToken = default) =>
        actor.UserId is not { } userId
            ? 0
            : await db.StaffNotifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken);

    /// <summary>The member's latest notifications, read or not: one marked read by mistake is still found here.</summary>
    public async Task<IReadOnlyList<StaffNotification>> RecentAsync(StaffActor actor, CancellationToken cancellationToken = default) =>
        actor.UserId is not { } userId
            ? []
            : await db.StaffNotifications.AsNoTracking()
                .Where(n => n.UserId == userId)
                .OrderByDescending(n => n.Id).Take(HistoryLength).ToListAsync(cancellationToken);

    /// <summary>
    /// Marks read the notifications the member was shown (<paramref name="ids"/>), never one that arrived after the page
    /// was drawn or lay past the shown ones; nobody marks another member's. Returns how many were marked.
    /// </summary>
    public async Task<Result<int>> MarkReadAsync(StaffActor actor, IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default)
    {
        if (actor.UserId is not { } userId || actor.Lacks(OrganizationPermissions.ViewBackOffice) is not null)
        {
            return Error.Forbidden();
        }

        var shown = ids.Distinct().Take(HistoryLength).ToList();
        var now = clock.GetUtcNow();
        var unread = await db.StaffNotifications
            .Where(n => n.UserId == userId && n.ReadAt == null && shown.Contains(n.Id))
            .ToListAsync(cancellationToken);
        unread.ForEach(n => n.ReadAt = now);
        await db.SaveChangesAsync(cancellationToken);
        return unread.Count;
    }
}
