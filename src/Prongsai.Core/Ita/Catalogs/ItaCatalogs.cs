using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Ita.Catalog;
using Prongsai.Core.Ita.Catalog.Json;

namespace Prongsai.Core.Ita.Catalogs;

/// <summary>A catalog version and revision that is available, for lists and choices.</summary>
public sealed record CatalogListing(int FiscalYear, string Variant, int Revision, string Label, bool Unconfirmed, bool Shipped);

/// <summary>A saved revision; <paramref name="Shipped"/>: made from a file that came with the app, not an operator's import.</summary>
public sealed record SavedCatalog(CatalogVersion Catalog, bool Shipped);

/// <summary>
/// The saved catalogs: the latest revision of a fiscal year and variant, and the list of what is available. The
/// shipped catalogs are saved as revision 1 the first time their version is asked for, so a fresh install needs no
/// import; later revisions come from imports (<see cref="ImportItaCatalog"/>) or from a newer release's shipped file
/// (<see cref="TakeShippedItaCatalog"/>).
/// </summary>
public sealed class ItaCatalogs(ProngsaiDbContext db, TimeProvider clock)
{
    // Saved revisions never change, so their parsed form can be shared by every request. Keyed by content, not by
    // year and revision number: two databases served by one process (the tests, a restored
    // backup beside the live one) may hold different catalogs under the same number.
    private static readonly ConcurrentDictionary<(int Revision, string Json), CatalogVersion> Parsed = new();

    /// <summary>The latest revision of the version, saving the shipped catalog first when nothing was saved yet; null when unknown.</summary>
    public async Task<CatalogVersion?> LatestAsync(int fiscalYear, string variant = CatalogVersion.DefaultVariant, CancellationToken cancellationToken = default)
    {
        var stored = await LatestStoredAsync(fiscalYear, variant, cancellationToken);
        if (stored is not null)
        {
            return Parse(stored);
        }

        var shipped = ShippedCatalogs.Find(fiscalYear, variant);
        if (shipped is null)
        {
            return null;
        }

        await SaveAsync(shipped with { Revision = 1 }, shipped: true, "prongsai", cancellationToken);
        return Parse((await LatestStoredAsync(fiscalYear, variant, cancellationToken))!);
    }

    /// <summary>
    /// The latest saved revision and whether it was saved from a shipped file unchanged; null when nothing is saved
    /// yet. Unlike <see cref="LatestAsync"/> it never saves, so it can be asked on a read-only page.
    /// </summary>
    public async Task<SavedCatalog?> LatestSavedAsync(int fiscalYear, string variant, CancellationToken cancellationToken = default) =>
        await LatestStoredAsync(fiscalYear, variant, cancellationToken) is { } stored ? new SavedCatalog(Parse(stored), stored.Shipped) : null;

    /// <summary>The latest version of a variant for a fiscal year at or before <paramref name="fiscalYear"/> (the base of a flat import).</summary>
    public async Task<CatalogVersion?> LatestUpToAsync(int fiscalYear, string variant, CancellationToken cancellationToken = default)
    {
        var years = (await ListAsync(cancellationToken)).Where(l => l.Variant == variant && l.FiscalYear <= fiscalYear)
            .Select(l => l.FiscalYear).OrderDescending().ToList();
        return years.Count == 0 ? null : await LatestAsync(years[0], variant, cancellationToken);
    }

    /// <summary>Every version with its latest revision: saved ones and shipped ones not saved yet, newest year first.</summary>
    public async Task<IReadOnlyList<CatalogListing>> ListAsync(CancellationToken cancellationToken = default)
    {
        var saved = await db.Set<StoredCatalog>().AsNoTracking()
            .Select(c => new CatalogListing(c.FiscalYear, c.Variant, c.Revision, c.Label, c.Unconfirmed, c.Shipped))
            .ToListAsync(cancellationToken);
        var latest = saved.GroupBy(c => (c.FiscalYear, c.Variant)).Select(g => g.MaxBy(c => c.Revision)!).ToList();
        latest.AddRange(ShippedCatalogs.All
            .Where(s => !latest.Any(l => l.FiscalYear == s.FiscalYear && l.Variant == s.Variant))
            .Select(s => new CatalogListing(s.FiscalYear, s.Variant, 1, s.Label, s.Unconfirmed, Shipped: true)));
        return latest.OrderByDescending(l => l.FiscalYear).ThenBy(l => l.Variant, StringComparer.Ordinal).ToList();
    }

    /// <summary>Saves a revision (its number already set by <see cref="CatalogRevision.Next"/>).</summary>
    internal async Task SaveAsync(CatalogVersion catalog, bool shipped, string savedBy, CancellationToken cancellationToken)
    {
        db.Set<StoredCatalog>().Add(new StoredCatalog
        {
            FiscalYear = catalog.FiscalYear,
            Variant = catalog.Variant,
            Revision = catalog.Revision,
            Label = catalog.Label.Length > 500 ? catalog.Label[..500] : catalog.Label,
            Unconfirmed = catalog.Unconfirmed,
            Json = CatalogJson.Write(catalog),
            Shipped = shipped,
            SavedAt = clock.GetUtcNow(),
            SavedBy = savedBy,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (shipped && catalog.Revision == 1)
        {
            // Another request saved the shipped revision at the same moment: the unique index kept one, which is all we need.
            // A later revision is never ignored this way: whoever saved that number first may have saved something else.
            db.ChangeTracker.Clear();
        }
    }

    private Task<StoredCatalog?> LatestStoredAsync(int fiscalYear, string variant, CancellationToken cancellationToken) =>
        db.Set<StoredCatalog>().AsNoTracking()
            .Where(c => c.FiscalYear == fiscalYear && c.Variant == variant)
            .OrderByDescending(c => c.Revision)
            .FirstOrDefaultAsync(cancellationToken);

    private static CatalogVersion Parse(StoredCatalog stored) =>
        Parsed.GetOrAdd((stored.Revision, stored.Json), _ =>
        {
            var read = CatalogJson.Read(stored.Json);
            // Only validated catalogs are ever saved; a row that no longer reads is a release mistake, not bad input.
            return read.Succeeded
                ? read.Catalog with { Revision = stored.Revision }
                : throw new InvalidOperationException($"Saved ITA catalog {stored.FiscalYear}/{stored.Variant} r{stored.Revision} does not read: {string.Join("; ", read.Errors)}");
        });
}
