using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;

namespace Prongsai.Core.Search;

/// <summary>A hit of the installation-wide search, labelled with the organization that published it.</summary>
public sealed record PlatformSearchHit(SearchHit Hit, string OrganizationSlug, string OrganizationName);

/// <summary>
/// One page of the installation-wide search. <see cref="Total"/> counts the ranked matches; when more items match
/// than are ranked (<see cref="PlatformSearch.RankLimit"/>), <see cref="TotalIsAtLeast"/> is true and Total is that limit.
/// </summary>
public sealed record PlatformSearchResults(string Query, int Total, bool TotalIsAtLeast, int Page, IReadOnlyList<PlatformSearchHit> Hits)
{
    public int PageCount => (Total + PlatformSearch.PageSize - 1) / PlatformSearch.PageSize;
}

/// <summary>
/// Search over the published items of every organization (docs/publishing.md, "Installation-wide search").
/// The index holds only what is public — an item enters when it is published and leaves when it is unpublished
/// or deleted — and every organization's public site is live from the moment it exists, so every entry is
/// searchable; each hit is joined to its organization for the label. A query means what it means on an
/// organization's own search (SearchSyntax: phrases of segmented Thai words, all parts required, the platform's
/// synonyms, an unfinished last word) without filters by category or year (categories belong to each
/// organization) and without "did you mean" (its vocabulary would be every word of the installation).
/// At most <see cref="RankLimit"/> matches are ranked (SQLite: the newest indexed; PostgreSQL: a random sample of them
/// that its full-text index draws for a very common word, else the first it gives), so a word found in half a million
/// documents does not cost half a million rankings; they are ordered by rank, then by id. Below the limit every match
/// is ranked and both databases find the same items.
/// </summary>
public sealed class PlatformSearch(ProngsaiDbContext db)
{
    public const int PageSize = 20;

    /// <summary>How many matches are ranked at most (50 pages); a test sets a smaller one.</summary>
    public int RankLimit { get; internal set; } = 1000;

    private bool IsPostgres => db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    /// <summary>Page <paramref name="page"/> (from 1) of the hits; a page past the last is empty.</summary>
    public async Task<PlatformSearchResults> QueryAsync(string? query, int page = 1, CancellationToken cancellationToken = default)
    {
        var text = SearchSyntax.Clip(query);
        page = Math.Max(1, page);
        var terms = await SearchSynonymGroups.ExpandAsync(db, text, cancellationToken);
        if (terms.Count == 0)
        {
            return new PlatformSearchResults(text, 0, false, page, []);
        }

        var ranked = await RankAsync(SearchSyntax.Match(terms, IsPostgres), cancellationToken);
        var atLeast = ranked.Count > RankLimit;
        if (atLeast)
        {
            // The extra row only said there are more; which one is dropped does not matter, so drop the lowest id.
            ranked = ranked.OrderByDescending(r => r.Id).Take(RankLimit).ToList();
        }

        var pageRows = ranked.OrderByDescending(r => r.Rank).ThenBy(r => r.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var ids = pageRows.Select(r => r.Id).ToList();
        var entries = await db.SearchEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(e => ids.Contains(e.Id))
            .Join(db.Organizations, e => e.OrganizationId, o => o.Id, (e, o) => new { Entry = e, o.Slug, o.Name })
            .ToDictionaryAsync(x => x.Entry.Id, cancellationToken);
        var highlighted = SearchSyntax.Highlighted(terms);
        var hits = pageRows.Where(r => entries.ContainsKey(r.Id)).Select(r => entries[r.Id])
            .Select(x => new PlatformSearchHit(SearchIndex.Hit(x.Entry, highlighted), x.Slug, x.Name))
            .ToList();
        return new PlatformSearchResults(text, ranked.Count, atLeast, page, hits);
    }

    /// <summary>
    /// RankLimit + 1 matches with their rank (the extra one says there are more), found without ranking or even
    /// visiting every match. SQLite: the newest, as FTS5 reads its index by descending rowid. PostgreSQL: a sample, or
    /// the first found through the GIN index in the order rows are stored — the planner is not let choose a walk of the
    /// primary key or of the table instead: those are quick for a word in every other item but read the whole
    /// table when its estimate is wrong (a phrase of common words that rarely stand together, a prefix), measured
    /// at 7–15 s over a million items. Through the index the cost follows the word's posting list, never the table.
    /// </summary>
    private async Task<List<RankedRow>> RankAsync(string match, CancellationToken cancellationToken)
    {
        var limit = RankLimit + 1;
        if (!IsPostgres)
        {
            return await db.Database.SqlQueryRaw<RankedRow>(
                "SELECT \"SearchFts\".rowid AS \"Id\", -bm25(\"SearchFts\", 5.0, 1.0) AS \"Rank\" FROM \"SearchFts\" " +
                "WHERE \"SearchFts\" MATCH {0} ORDER BY \"SearchFts\".rowid DESC LIMIT {1}", match, limit).ToListAsync(cancellationToken);
        }

        // A word in half a million items costs most of its time building the index's bitmap of every one of them,
        // though only RankLimit + 1 are kept. First ask the GIN index for a random sample of about SampleSize
        // candidates (gin_fuzzy_search_limit, PostgreSQL's own knob for very common words); the rows are still
        // checked against the whole query, so when the sample holds more than RankLimit true matches, "more than
        // RankLimit" is proven. Otherwise the sample may have dropped matches, and the exact search runs.
        var sampled = await MatchesAsync(match, limit, SampleSize, cancellationToken);
        return sampled.Count >= limit ? sampled : await MatchesAsync(match, limit, sample: 0, cancellationToken);
    }

    /// <summary>Candidates the sampled search asks the index for: enough for RankLimit matches of a common word.</summary>
    private int SampleSize => RankLimit * 5;

    private async Task<List<RankedRow>> MatchesAsync(string match, int limit, int sample, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            "SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off; SELECT set_config('gin_fuzzy_search_limit', {0}, true)",
            [sample.ToString(System.Globalization.CultureInfo.InvariantCulture)], cancellationToken);
        var rows = await db.Database.SqlQueryRaw<RankedRow>(
            "SELECT c.\"Id\" AS \"Id\", ts_rank(c.\"SearchVector\", CAST({0} AS tsquery))::float8 AS \"Rank\" FROM (" +
            "SELECT e.\"Id\", e.\"SearchVector\" FROM \"SearchEntries\" e WHERE e.\"SearchVector\" @@ CAST({0} AS tsquery) LIMIT {1}) c",
            match, limit).ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows;
    }

    private sealed record RankedRow(long Id, double Rank);
}
