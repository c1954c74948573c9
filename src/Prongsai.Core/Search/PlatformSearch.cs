using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;

namespace Prongsai.Core.Search;

/// <summary>A hit of the installation-wide search, labelled with the organization that published it.</summary>
public sealed record PlatformSearchHit(SearchHit Hit, string OrganizationSlug, string OrganizationName);

/// <summary>
/// One page of the installation-wide search. <see cref="Total"/> counts the ranked matches; when more items match
/// than are ranked (<see cref="PlatformSearch.RankLimit"/>), <see cref="TotalIsAtLeast"/> is true and Total is that limit.
/// A very common query on PostgreSQL may be answered from the newest items only (at least ten pages of them); Total
/// then counts those, and TotalIsAtLeast is true as well.
/// </summary>
public sealed record PlatformSearchResults(string Query, int Total, bool TotalIsAtLeast, int Page, IReadOnlyList<PlatformSearchHit> Hits)
{
    public int PageCount => Paging.PageCount(Total, PlatformSearch.PageSize);
}

/// <summary>
/// Search over the published items of every organization (docs/publishing.md, "Installation-wide search").
/// The index holds only what is public — an item enters when it is published and leaves when it is unpublished
/// or deleted — and every organization's public site is live from the moment it exists, so every entry is
/// searchable; each hit is joined to its organization for the label. A query means what it means on an
/// organization's own search (SearchSyntax: phrases of segmented Thai words, all parts required, the platform's
/// synonyms, an unfinished last word) without filters by category or year (categories belong to each
/// organization) and without "did you mean" (its vocabulary would be every word of the installation).
/// At most <see cref="RankLimit"/> matches are ranked (the newest; PostgreSQL: the newest for a common query, else
/// the first its full-text index gives), so a word found in half a million documents does not cost half a million
/// rankings; they are ordered by rank, then by id. Below the limit every match is ranked and both databases find the
/// same items.
/// </summary>
public sealed class PlatformSearch(ProngsaiDbContext db)
{
    public const int PageSize = 20;

    /// <summary>How many matches are ranked at most (ten pages: each costs a walk step and a ranking, and 500 kept the p95 over
    /// 30 ms on a slower machine, docs/performance.md); a test sets a smaller one.</summary>
    public int RankLimit { get; internal set; } = 200;

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

        var (ranked, partial) = await RankAsync(SearchSyntax.Match(terms, IsPostgres), cancellationToken);
        var atLeast = partial || ranked.Count > RankLimit;
        if (ranked.Count > RankLimit)
        {
            // The extra row only said there are more; which one is dropped does not matter, so drop the lowest id.
            ranked = ranked.OrderByDescending(r => r.Id).Take(RankLimit).ToList();
        }

        var pageRows = ranked.OrderByDescending(r => r.Rank).ThenBy(r => r.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var ids = pageRows.Select(r => r.Id).ToList();
        var entries = await db.SearchEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(e => ids.Contains(e.Id)).WithHitColumns()
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
    /// visiting every match. SQLite: the newest, as FTS5 reads its index by descending rowid. PostgreSQL: the newest
    /// too when the query is common, else the first found through the GIN index (<see cref="NewestWalkAsync"/>).
    /// </summary>
    private async Task<(List<RankedRow> Rows, bool Partial)> RankAsync(string match, CancellationToken cancellationToken)
    {
        var limit = RankLimit + 1;
        if (!IsPostgres)
        {
            return (await db.Database.SqlQueryRaw<RankedRow>(
                "SELECT \"SearchFts\".rowid AS \"Id\", -bm25(\"SearchFts\", 5.0, 1.0) AS \"Rank\" FROM \"SearchFts\" " +
                "WHERE \"SearchFts\" MATCH {0} ORDER BY \"SearchFts\".rowid DESC LIMIT {1}", match, limit).ToListAsync(cancellationToken), false);
        }

        return await NewestWalkAsync(match, limit, cancellationToken) is { } walked
            ? walked
            : (await IndexMatchesAsync(match, limit, cancellationToken), false);
    }

    /// <summary>
    /// For a common query, the newest matches found by walking the newest entries, or null when the query is not
    /// common enough or the walk found too few. A query whose words are each in hundreds of thousands of items costs
    /// most of its time in the GIN index building the bitmap of all of them and checking each (70–400 ms over a
    /// million items), though only RankLimit + 1 are kept; walking the newest entries and testing each finds them
    /// after a few thousand (6–40 ms). The walk stops at the limit'th match and reads at most <see cref="MaxWalk"/>
    /// entries; it is only tried when the planner's own estimate of the matches (from the lexeme frequencies ANALYZE
    /// keeps) says it should find <see cref="MinWalkHits"/> there; so a wrong estimate (a phrase of common words that
    /// rarely stand together) costs one bounded walk before the index search, never a read of the whole table.
    /// A walk that covers the whole table is itself the exact answer; one that stops earlier with fewer than
    /// <c>limit</c> but at least MinWalkHits matches answers with them, marked partial ("at least"): ten pages of the
    /// newest matches of a very common query, the older ones not offered.
    /// </summary>
    private async Task<(List<RankedRow> Rows, bool Partial)?> NewestWalkAsync(string match, int limit, CancellationToken cancellationToken)
    {
        var (matches, total) = await EstimateAsync(match, cancellationToken);
        if (matches <= 0 || total <= 0)
        {
            return null;
        }

        // The walk stops at the limit'th match, so its bound only matters when matches are scarcer than estimated.
        var walk = MaxWalk;
        var coversAll = walk >= total;
        if (!coversAll && matches * walk / total < Math.Min(MinWalkHits, limit))
        {
            return null;
        }

        var rows = await db.Database.SqlQueryRaw<RankedRow>(
            "SELECT w.\"Id\" AS \"Id\", ts_rank(w.\"SearchVector\", CAST({0} AS tsquery))::float8 AS \"Rank\" FROM (" +
            "SELECT e.\"Id\", e.\"SearchVector\" FROM \"SearchEntries\" e ORDER BY e.\"Id\" DESC LIMIT {1}) w " +
            "WHERE w.\"SearchVector\" @@ CAST({0} AS tsquery) LIMIT {2}",
            match, coversAll ? long.MaxValue : walk, limit).ToListAsync(cancellationToken);
        if (coversAll || rows.Count >= limit)
        {
            return (rows, false);
        }

        return rows.Count >= Math.Min(MinWalkHits, limit) ? (rows, true) : null;
    }

    /// <summary>The most entries a walk reads (20–80 ms on a loaded two-core machine when most miss).</summary>
    private const long MaxWalk = 10_000;

    /// <summary>The fewest matches a walk must find to answer: ten pages.</summary>
    private const int MinWalkHits = 10 * PageSize;

    /// <summary>The planner's estimate of the entries matching, and of all entries (0 when the table was never analyzed).</summary>
    private async Task<(double Matches, double Total)> EstimateAsync(string match, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText =
                "EXPLAIN SELECT 1 FROM \"SearchEntries\" e WHERE e.\"SearchVector\" @@ CAST(@match AS tsquery);" +
                "SELECT GREATEST(reltuples, 0)::float8 FROM pg_class WHERE oid = '\"SearchEntries\"'::regclass";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "match";
            parameter.Value = match;
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var plan = await reader.ReadAsync(cancellationToken) ? reader.GetString(0) : "";
            await reader.NextResultAsync(cancellationToken);
            var total = await reader.ReadAsync(cancellationToken) ? reader.GetDouble(0) : 0;
            return (EstimatedRows(plan), total);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>"rows=498065" of the plan's top line.</summary>
    private static double EstimatedRows(string plan)
    {
        var at = plan.IndexOf(" rows=", StringComparison.Ordinal);
        if (at < 0)
        {
            return 0;
        }

        var digits = new string(plan.AsSpan(at + 6).ToArray().TakeWhile(char.IsAsciiDigit).ToArray());
        return double.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var rows) ? rows : 0;
    }

    /// <summary>
    /// The first <c>limit</c> matches the GIN index gives, in the order rows are stored. The planner is not let choose
    /// a walk of the primary key or of the table instead: unbounded, those read the whole table when its estimate is
    /// wrong, measured at 7–15 s over a million items. Through the index the cost follows the words' posting lists.
    /// </summary>
    private async Task<List<RankedRow>> IndexMatchesAsync(string match, int limit, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off", cancellationToken);
        var rows = await db.Database.SqlQueryRaw<RankedRow>(
            "SELECT c.\"Id\" AS \"Id\", ts_rank(c.\"SearchVector\", CAST({0} AS tsquery))::float8 AS \"Rank\" FROM (" +
            "SELECT e.\"Id\", e.\"SearchVector\" FROM \"SearchEntries\" e WHERE e.\"SearchVector\" @@ CAST({0} AS tsquery) LIMIT {1}) c",
            match, limit).ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows;
    }

    private sealed record RankedRow(long Id, double Rank);
}
