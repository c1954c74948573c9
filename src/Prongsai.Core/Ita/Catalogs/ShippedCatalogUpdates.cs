using Prongsai.Core.Ita.Catalog;

namespace Prongsai.Core.Ita.Catalogs;

/// <summary>
/// A saved catalog version whose shipped file (the one this release carries) would make a different next revision.
/// </summary>
/// <param name="CurrentRevision">The latest saved revision.</param>
/// <param name="CurrentIsShipped">
/// True when that revision was saved from an earlier release's file unchanged: taking the new file loses nothing of the
/// operator's. False when it is the operator's own import, which the shipped file would replace.
/// </param>
/// <param name="Next">The revision that taking the shipped file would save (its number already set).</param>
public sealed record ShippedCatalogUpdate(
    int FiscalYear, string Variant, string Label, int CurrentRevision, bool CurrentIsShipped, CatalogVersion Next, CatalogDifference Difference);

/// <summary>
/// Compares each saved catalog version with the file of the same fiscal year and variant that ships with this release
/// (docs/ita-catalog.md, "The shipped catalogs"). A version never saved is not listed: its first use saves the shipped
/// file as it is now. Reads only.
/// </summary>
public sealed class ShippedCatalogUpdates(ItaCatalogs catalogs)
{
    /// <summary>Every saved version whose shipped file differs, the unmodified shipped ones first, newest year first.</summary>
    public async Task<IReadOnlyList<ShippedCatalogUpdate>> ListAsync(CancellationToken cancellationToken = default)
    {
        var updates = new List<ShippedCatalogUpdate>();
        foreach (var shipped in ShippedCatalogs.All)
        {
            if (await FindAsync(shipped.FiscalYear, shipped.Variant, cancellationToken) is { } update)
            {
                updates.Add(update);
            }
        }

        return updates.OrderByDescending(u => u.CurrentIsShipped).ThenByDescending(u => u.FiscalYear)
            .ThenBy(u => u.Variant, StringComparer.Ordinal).ToList();
    }

    /// <summary>The update of one version; null when there is no shipped file, nothing saved yet, or nothing would change.</summary>
    public async Task<ShippedCatalogUpdate?> FindAsync(int fiscalYear, string variant, CancellationToken cancellationToken = default)
    {
        if (ShippedCatalogs.Find(fiscalYear, variant) is not { } shipped
            || await catalogs.LatestSavedAsync(fiscalYear, variant, cancellationToken) is not { } saved)
        {
            return null;
        }

        // The shipped file becomes the next revision exactly as an operator's import of it would (items by key,
        // items it no longer lists kept as retired), so checklists follow it as they follow any new revision.
        var next = CatalogRevision.Next(saved.Catalog, shipped);
        if (!next.Succeeded || CatalogDifference.Between(saved.Catalog, next.Value!) is not { } difference)
        {
            return null;
        }

        return new ShippedCatalogUpdate(fiscalYear, variant, shipped.Label, saved.Catalog.Revision, saved.Shipped, next.Value!.Catalog, difference);
    }
}
