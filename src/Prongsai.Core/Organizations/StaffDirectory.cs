using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Features;

namespace Prongsai.Core.Organizations;

/// <summary>A member of the current organization, by name, for "who can do this" lists and notifications.</summary>
public sealed record StaffContact(string UserId, string DisplayName, IReadOnlyList<OrgRole> Roles);

/// <summary>Who in the current organization holds a permission — optionally only those reaching some departments.</summary>
public sealed class StaffDirectory(ProngsaiDbContext db, FeatureRegistry registry)
{
    /// <summary>
    /// Members holding <paramref name="permission"/>. With <paramref name="departmentIds"/>, department roles count only
    /// when they belong to one of those departments; organization-wide roles always count.
    /// </summary>
    public async Task<IReadOnlyList<StaffContact>> HoldingAsync(
        string permission, IReadOnlyCollection<int>? departmentIds = null, CancellationToken cancellationToken = default)
    {
        var roles = Enum.GetValues<OrgRole>().Where(r => registry.Allows([r], permission)).ToList();
        var assignments = await db.StaffRoles.AsNoTracking().Where(r => roles.Contains(r.Role)).ToListAsync(cancellationToken);
        var userIds = assignments.Select(a => a.UserId).Distinct().ToList();
        var departments = await db.StaffDepartments.AsNoTracking().Where(d => userIds.Contains(d.UserId)).ToListAsync(cancellationToken);
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

        return assignments.GroupBy(a => a.UserId)
            .Where(g => names.ContainsKey(g.Key))
            .Where(g => departmentIds is null
                || g.Any(a => a.Role is OrgRole.OrgAdmin or OrgRole.Executive)
                || departments.Any(d => d.UserId == g.Key && departmentIds.Contains(d.DepartmentId)))
            .Select(g => new StaffContact(g.Key, names[g.Key], g.Select(a => a.Role).Order().ToList()))
            .OrderBy(c => c.DisplayName, Calendar.ThaiCollation.Comparer)
            .ToList();
    }

    /// <summary>
    /// Adds a notification for each member (saved by the caller's SaveChanges), in Thai and English, leading to
    /// <paramref name="path"/> in the back office when given.
    /// </summary>
    public void Notify(IEnumerable<StaffContact> members, NotificationText text, DateTimeOffset at, string? path = null) =>
        Notify(members.Select(m => m.UserId), text, at, path);

    /// <summary>The same for accounts known by id (the people a record names, such as a loan's borrower).</summary>
    public void Notify(IEnumerable<string> userIds, NotificationText text, DateTimeOffset at, string? path = null)
    {
        foreach (var userId in userIds.Distinct())
        {
            db.StaffNotifications.Add(StaffNotification.For(userId, text, at, path));
        }
    }
}
