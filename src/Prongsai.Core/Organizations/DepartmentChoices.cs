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
    /// Every department (and the whole office first) for organization-wide roles; a department head's own departments.
    /// </summary>
    public static async Task<IReadOnlyList<DepartmentChoice>> ForAsync(
        ProngsaiDbContext db, StaffActor actor, string permission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var list = (await AllAsync(db, cancellationToken)).Where(d => actor.HasFor(permission, d.Id)).ToList();
        if (actor.HasFor(permission, null))
        {
            list.Insert(0, new DepartmentChoice(null, WholeOffice));
        }

        return list;
    }

    /// <summary>Every department of the organization, in its order: what anyone may name, on a public form too.</summary>
    public static async Task<IReadOnlyList<DepartmentChoice>> AllAsync(ProngsaiDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Departments.AsNoTracking().OrderBy(d => d.SortOrder).ThenBy(d => d.Name)
            .Select(d => new DepartmentChoice(d.Id, d.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>The names of the departments <paramref name="ids"/> names, for lists.</summary>
    public static async Task<Dictionary<int, string>> NamesAsync(ProngsaiDbContext db, IEnumerable<int?> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var wanted = ids.Where(i => i != null).Select(i => i!.Value).Distinct().ToList();
        return wanted.Count == 0
            ? []
            : await db.Departments.AsNoTracking().Where(d => wanted.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
    }
}
