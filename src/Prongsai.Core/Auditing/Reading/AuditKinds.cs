using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Auditing.Reading;

/// <summary>
/// Every kind of item the audit trail records, as people speak of it, one list per part of the product (the partial
/// files). A kind missing here still reads as a sentence (<see cref="Fallback"/>), never as a type name, and
/// <c>AuditKindCoverageTests</c> fails until it is added.
/// </summary>
public static partial class AuditKinds
{
    public static IReadOnlyList<AuditKind> All { get; } =
        [.. Measures, .. Publishing, .. Staff, .. Ita, .. Plans, .. Money, .. Services, .. Requests, .. Platform];

    /// <summary>For entries of a kind not listed: a plain sentence without the internal name.</summary>
    public static AuditKind Fallback { get; } = new("", "ข้อมูลอื่นของระบบ", "other record") { NameFields = ["Title", "Name"] };

    private static readonly Dictionary<string, AuditKind> ByEntity = All.ToDictionary(k => k.Entity, StringComparer.Ordinal);

    public static AuditKind For(string entity) => ByEntity.GetValueOrDefault(entity) ?? Fallback;

    public static bool IsKnown(string? entity) => entity is not null && ByEntity.ContainsKey(entity);

    /// <summary>Kind choices for the filter, in the order of their names in the language read.</summary>
    public static IReadOnlyList<AuditKind> ForFilter(AuditLanguage language = AuditLanguage.Thai) => language == AuditLanguage.English
        ? All.OrderBy(k => k.NounEnglish, StringComparer.OrdinalIgnoreCase).ToList()
        : All.OrderBy(k => k.Noun, Calendar.ThaiCollation.Comparer).ToList();

    /// <summary>A lookup of one organization's rows of <typeparamref name="T"/> by id, named by <paramref name="name"/>.</summary>
    private static AuditNameLookup Names<T>(Expression<Func<T, AuditItemName>> name) where T : class, ITenantOwned =>
        (db, organizationId, ids, cancellationToken) => Rows<T>(db, organizationId, ids).Select(name).ToListAsync(cancellationToken);

    /// <summary>A lookup of the fiscal year of one organization's rows (the name <see cref="FiscalYearKind"/> says).</summary>
    private static AuditNameLookup Years<T>() where T : class, ITenantOwned =>
        async (db, organizationId, ids, cancellationToken) =>
            (await Rows<T>(db, organizationId, ids)
                .Select(row => new { Id = EF.Property<int>(row, "Id"), Year = EF.Property<int>(row, "FiscalYear") })
                .ToListAsync(cancellationToken))
            .Select(row => new AuditItemName(row.Id, row.Year.ToString(CultureInfo.InvariantCulture))).ToList();

    private static IQueryable<T> Rows<T>(ProngsaiDbContext db, int organizationId, List<int> ids) where T : class, ITenantOwned =>
        db.Set<T>().AsNoTracking().Where(row => row.OrganizationId == organizationId && ids.Contains(EF.Property<int>(row, "Id")));
}
