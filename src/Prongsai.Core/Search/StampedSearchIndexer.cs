using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Jobs;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Search;

/// <summary>One item as the index should hold it.</summary>
public sealed record IndexedItem(string ItemId, string Title, string Url, string Text, int? FiscalYear, DateTimeOffset? PublishedAt);

/// <summary>
/// Keeps one kind of public item in the search index when that item is assembled from many rows that many use cases
/// write (a month of procurement lines, a budget report), so no single write can index it. The organization's content
/// stamp, which every public change bumps, says when to look again: the worker finds the organizations whose stamp
/// moved past the one recorded in <see cref="SearchIndexState"/>, and the indexer compares what the index should hold
/// with what it holds, writing only the items that changed.
/// </summary>
public abstract class StampedSearchIndexer(ProngsaiDbContext db, CurrentOrganization organization, SearchIndex index) : ISearchIndexer
{
    public string Name => ItemType + "-search-index";

    public abstract string ItemType { get; }

    /// <summary>Every item of this kind the organization has public now.</summary>
    protected abstract Task<IReadOnlyList<IndexedItem>> PublicItemsAsync(string organizationSlug, CancellationToken cancellationToken);

    /// <summary>
    /// At most this many organizations a tick: the first tick after an installation gains a kind finds every
    /// organization that ever published anything, and the worker's lease is for minutes, not for thousands of them.
    /// </summary>
    public const int OrganizationsPerTick = 200;

    public IQueryable<int> OrganizationsWithWork(ProngsaiDbContext db)
    {
        var itemType = ItemType;
        return db.ContentStamps.IgnoreQueryFilters()
            .Where(c => !db.Set<SearchIndexState>().IgnoreQueryFilters()
                .Any(s => s.OrganizationId == c.OrganizationId && s.ItemType == itemType && s.IndexedVersion >= c.Version))
            .OrderBy(c => c.OrganizationId).Take(OrganizationsPerTick)
            .Select(c => c.OrganizationId);
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var organizationId = organization.OrganizationId!.Value;
        // Read before the items: a change made while they are read bumps the stamp past this one and is looked at again.
        var version = await db.ContentStamps.IgnoreQueryFilters().Where(c => c.OrganizationId == organizationId)
            .Select(c => c.Version).FirstOrDefaultAsync(cancellationToken);
        var state = await db.Set<SearchIndexState>().FirstOrDefaultAsync(s => s.ItemType == ItemType, cancellationToken);
        if (state is not null && state.IndexedVersion >= version)
        {
            return;
        }

        var wanted = await PublicItemsAsync(organization.Slug!, cancellationToken);
        var held = await db.SearchEntries.AsNoTracking().Where(e => e.ItemType == ItemType).WithHitColumns()
            .ToDictionaryAsync(e => e.ItemId, cancellationToken);
        foreach (var gone in held.Keys.Except(wanted.Select(w => w.ItemId)).ToList())
        {
            await index.RemoveAsync(organizationId, ItemType, gone, cancellationToken);
        }

        foreach (var item in wanted)
        {
            if (held.TryGetValue(item.ItemId, out var entry)
                && SearchIndex.Holds(entry, item.Title, item.Url, item.Text, null, item.FiscalYear, item.PublishedAt))
            {
                continue;
            }

            await index.UpsertAsync(organizationId, ItemType, item.ItemId, item.Title, item.Url, item.Text, null, item.FiscalYear, item.PublishedAt, cancellationToken);
        }

        if (state is null)
        {
            db.Add(new SearchIndexState { OrganizationId = organizationId, ItemType = ItemType, IndexedVersion = version });
        }
        else
        {
            state.IndexedVersion = version;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
