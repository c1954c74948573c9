using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;

namespace Prongsai.Core.Organizations;

/// <summary>A department a member may put an entry under (null id: the whole office).</summary>
public sealed record DepartmentChoice(int? Id, string Name);

/// <summary>The departments a member may choose for an entry of a department-scoped permission.</summary>
public static class DepartmentChoices
{
    public const string WholeOffice = "ทั้งหน่วยงาน";

    /// <summary>
    /// Every department in use (and the whole office first) for organization-wide roles; a department head's own
    /// departments. <paramref name="current"/>, the entry's department when it is edited, stays offered though retired, so
    /// saving an old entry does not move it.
    /// </summary>
    public static async Task<IReadOnlyList<DepartmentChoice>> ForAsync(
        ProngsaiDbContext db, StaffActor actor, string permission, CancellationToken cancellationToken, int? current = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var list = (await AllAsync(db, cancellationToken, current)).Where(d => d.Id == current || actor.HasFor(permission, d.Id)).ToList();
        if (actor.HasFor(permission, null))
        {
            list.Insert(0, new DepartmentChoice(null, WholeOffice));
        }

        return list;
    }

    /// <summary>
    /// Every department in use, in the organization's order: what anyone may name, on a public form too (and
    /// <paramref name="current"/>, an edited entry's department, though retired).
    /// </summary>
    public static async Task<IReadOnlyList<DepartmentChoice>> AllAsync(ProngsaiDbContext db, CancellationToken cancellationToken, int? current = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await Offered(db.Departments.AsNoTracking(), current).OrderBy(d => d.SortOrder).ThenBy(d => d.Name)
            .Select(d => new DepartmentChoice(d.Id, d.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>The departments still in use: not retired (<see cref="Department.RetiredAt"/>).</summary>
    public static IQueryable<Department> InUse(this IQueryable<Department> departments) => departments.Where(d => d.RetiredAt == null);

    /// <summary>The departments a form offers: those in use, and the entry's own (<paramref name="current"/>) though retired.</summary>
    public static IQueryable<Department> Offered(IQueryable<Department> departments, params int?[] current)
    {
        var kept = current.Where(c => c is not null).Select(c => c!.Value).ToList();
        return kept.Count == 0 ? departments.InUse() : departments.Where(d => d.RetiredAt == null || kept.Contains(d.Id));
    }

    /// <summary>Whether a new choice of <paramref name="id"/> is allowed: it is a department in use (or was the entry's already).</summary>
    public static Task<bool> IsOfferedAsync(ProngsaiDbContext db, int id, int? current, CancellationToken cancellationToken) =>
        Offered(db.Departments, current).AnyAsync(d => d.Id == id, cancellationToken);

    /// <summary>
    /// Whether every one of <paramref name="ids"/> may be chosen: each is a department in use, or one the entry had
    /// already (<paramref name="current"/>).
    /// </summary>
    public static async Task<bool> AreOfferedAsync(
        ProngsaiDbContext db, IReadOnlyCollection<int> ids, IEnumerable<int> current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var wanted = ids.Distinct().ToList();
        var kept = current.Select(c => (int?)c).ToArray();
        return wanted.Count == 0 || await Offered(db.Departments, kept).CountAsync(d => wanted.Contains(d.Id), cancellationToken) == wanted.Count;
    }

    /// <summary>The names of the departments <paramref name="ids"/> names, for lists (retired ones too: records keep them).</summary>
    public static async Task<Dictionary<int, string>> NamesAsync(ProngsaiDbContext db, IEnumerable<int?> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var wanted = ids.Where(i => i != null).Select(i => i!.Value).Distinct().ToList();
        return wanted.Count == 0
            ? []
            : await db.Departments.AsNoTracking().Where(d => wanted.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
    }
}
