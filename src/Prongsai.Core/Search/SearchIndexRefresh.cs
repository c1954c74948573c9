using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;

namespace Prongsai.Core.Search;

/// <summary>What a refresh of the search index read and wrote again.</summary>
public readonly record struct SearchIndexRefreshCount(int Read, int Rewritten);

/// <summary>
/// Brings entries written under older text rules up to the current ones (<see cref="ThaiSegmenter.Normalize"/>): an
/// entry whose text or title reads differently now is segmented and written again from what it holds. An installation
/// runs it once after an upgrade that changed the rules (<c>prongsai refresh-search</c>); until then a word that the
/// new rules repair, such as a scanned "ตำบล", is found only in what was indexed since. Reads every entry once, in
/// pages of <see cref="PageSize"/> by key, and writes only the ones that changed.
/// </summary>
public sealed class SearchIndexRefresh(ProngsaiDbContext db, SearchIndex index)
{
    private const int PageSize = 500;

    public async Task<SearchIndexRefreshCount> RunAsync(int? organizationId, CancellationToken cancellationToken = default)
    {
        var (read, rewritten) = (0, 0);
        long after = 0;
        while (true)
        {
            var page = await db.SearchEntries.IgnoreQueryFilters().AsNoTracking()
                .Where(e => e.Id > after && (organizationId == null || e.OrganizationId == organizationId))
                .OrderBy(e => e.Id).Take(PageSize).ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                return new SearchIndexRefreshCount(read, rewritten);
            }

            foreach (var entry in page)
            {
                read++;
                if (entry.Text != ThaiSegmenter.Normalize(entry.Text) || entry.TitleTokens != ThaiSegmenter.Segment(entry.Title))
                {
                    await index.UpsertAsync(entry.OrganizationId, entry.ItemType, entry.ItemId, entry.Title, entry.Url, entry.Text,
                        entry.CategoryId, entry.FiscalYear, entry.PublishedAt, cancellationToken);
                    rewritten++;
                }
            }

            after = page[^1].Id;
            db.ChangeTracker.Clear();
        }
    }
}
