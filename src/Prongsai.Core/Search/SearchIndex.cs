using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;

namespace Prongsai.Core.Search;

public sealed record SearchQuery(string? Text, int? CategoryId = null, int? FiscalYear = null, int Skip = 0, int Take = 20)
{
    /// <summary>Hits a page, on the search page and in the JSON API alike.</summary>
    public const int PageSize = 20;

    /// <summary>The last page either will show; a larger number is read as this one.</summary>
    public const int MaxPage = 500;

    /// <summary>Page <paramref name="page"/> (from 1; out of range is clamped) of an organization's search.</summary>
    public static SearchQuery ForPage(string? text, int? categoryId, int? fiscalYear, int page) =>
        new(text, categoryId, fiscalYear, (Math.Clamp(page, 1, MaxPage) - 1) * PageSize, PageSize);
}

public sealed record SearchHit(string Type, string Id, string Title, string Url, string SnippetHtml, int? CategoryId, int? FiscalYear, DateTimeOffset? PublishedAt);

/// <summary>The hits; when there are none, DidYouMean may hold a corrected query that has some.</summary>
public sealed record SearchResults(string Query, int Total, IReadOnlyList<SearchHit> Hits, string? DidYouMean = null);

/// <summary>
/// The full-text index of public items, in the database so every node sees the same one.
/// Text is segmented into Thai words (ThaiSegmenter); a query is segmented the same way and
/// each space-separated part must match as a phrase — or one of its alternatives (synonyms, an
/// unfinished last word: SearchQueryExpansion). The query syntax is shared with the
/// installation-wide search (SearchSyntax, SearchSynonymGroups). SQLite ranks with bm25 over the FTS5 table,
/// PostgreSQL with ts_rank over a tsvector built from the same tokens; ties by id.
/// </summary>
public sealed class SearchIndex(ProngsaiDbContext db, TimeProvider clock)
{
    /// <summary>PostgreSQL keeps positions up to 16383; the same cap on both databases keeps their hits equal.</summary>
    public const int MaxBodyTokens = 16000;

    public const int MaxQueryLength = SearchSyntax.MaxQueryLength;

    private bool IsPostgres => db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    public async Task UpsertAsync(
        int organizationId, string type, string id, string title, string url, string text,
        int? categoryId = null, int? fiscalYear = null, DateTimeOffset? publishedAt = null, CancellationToken cancellationToken = default)
    {
        var entry = await db.SearchEntries.IgnoreQueryFilters()
            .FirstOrDefaultAsync(e => e.OrganizationId == organizationId && e.ItemType == type && e.ItemId == id, cancellationToken);
        if (entry is null)
        {
            entry = new SearchEntry { OrganizationId = organizationId, ItemType = type, ItemId = id, Title = title, Url = url };
            db.SearchEntries.Add(entry);
        }

        var normalizedText = ThaiSegmenter.Normalize(text);
        var titleTokens = ThaiSegmenter.Tokenize(ThaiSegmenter.Normalize(title)).Select(t => t.Value).ToList();
        var bodyTokens = ThaiSegmenter.Tokenize(normalizedText).Take(MaxBodyTokens).Select(t => t.Value).ToList();
        entry.Title = StoredTitle(title);
        entry.Url = url;
        entry.Text = normalizedText;
        entry.TitleTokens = string.Join(' ', titleTokens);
        entry.BodyTokens = string.Join(' ', bodyTokens);
        entry.CategoryId = categoryId;
        entry.FiscalYear = fiscalYear;
        entry.PublishedAt = publishedAt;
        entry.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);

        if (IsPostgres)
        {
            var vector = SearchSyntax.TsVector(titleTokens, bodyTokens);
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE \"SearchEntries\" SET \"SearchVector\" = CAST({0} AS tsvector) WHERE \"Id\" = {1}",
                [vector, entry.Id], cancellationToken);
        }
    }

    /// <summary>
    /// True when <paramref name="entry"/> already holds what <see cref="UpsertAsync"/> would write for these values,
    /// so an indexer that compares can skip the segmentation and the write.
    /// </summary>
    public static bool Holds(
        SearchEntry entry, string title, string url, string text, int? categoryId, int? fiscalYear, DateTimeOffset? publishedAt) =>
        entry.Title == StoredTitle(title) && entry.Url == url && entry.CategoryId == categoryId && entry.FiscalYear == fiscalYear
        && entry.PublishedAt == publishedAt && entry.Text == ThaiSegmenter.Normalize(text);

    private static string StoredTitle(string title) => title.Length > 500 ? title[..500] : title;

    public async Task RemoveAsync(int organizationId, string type, string id, CancellationToken cancellationToken = default) =>
        await db.SearchEntries.IgnoreQueryFilters()
            .Where(e => e.OrganizationId == organizationId && e.ItemType == type && e.ItemId == id)
            .ExecuteDeleteAsync(cancellationToken);

    public async Task<SearchResults> QueryAsync(int organizationId, SearchQuery query, CancellationToken cancellationToken = default)
    {
        var text = SearchSyntax.Clip(query.Text);
        var phrases = SearchSyntax.Phrases(text);
        if (phrases.Count == 0)
        {
            return new SearchResults(text, 0, []);
        }

        var synonyms = await SearchSynonymGroups.LoadAsync(db, cancellationToken);
        var terms = SearchQueryExpansion.Expand(phrases, synonyms);
        var ranked = await RankAsync(organizationId, query, terms, cancellationToken);
        if (ranked.Count == 0)
        {
            return new SearchResults(text, 0, [], await DidYouMeanAsync(organizationId, query, text, synonyms, cancellationToken));
        }

        // The candidate set is small (one organization's published items): rank all, then page.
        var page = ranked.OrderByDescending(r => r.Rank).ThenBy(r => r.Id)
            .Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 100)).ToList();
        var ids = page.Select(r => r.Id).ToList();
        var entries = await db.SearchEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(e => ids.Contains(e.Id)).WithHitColumns().ToDictionaryAsync(e => e.Id, cancellationToken);
        var highlighted = SearchSyntax.Highlighted(terms);
        var hits = page.Where(r => entries.ContainsKey(r.Id)).Select(r => Hit(entries[r.Id], highlighted)).ToList();
        return new SearchResults(text, ranked.Count, hits);
    }

    /// <summary>A hit as both searches show it: the entry's fields and a snippet with the query's words marked.</summary>
    public static SearchHit Hit(SearchEntry e, IReadOnlyList<IReadOnlyList<string>> highlighted) =>
        new(e.ItemType, e.ItemId, e.Title, e.Url, Snippets.Make(e.Text, highlighted), e.CategoryId, e.FiscalYear, e.PublishedAt);

    private async Task<List<RankedRow>> RankAsync(
        int organizationId, SearchQuery query, IReadOnlyList<QueryTerm> terms, CancellationToken cancellationToken)
    {
        var parameters = new List<object> { organizationId };
        string sql;
        string filters = "";
        if (query.CategoryId is { } category)
        {
            parameters.Add(category);
            filters += $" AND e.\"CategoryId\" = {{{parameters.Count - 1}}}";
        }

        if (query.FiscalYear is { } year)
        {
            parameters.Add(year);
            filters += $" AND e.\"FiscalYear\" = {{{parameters.Count - 1}}}";
        }

        parameters.Add(SearchSyntax.Match(terms, IsPostgres));
        var match = $"{{{parameters.Count - 1}}}";
        if (IsPostgres && !terms.Any(t => t.Alternatives.Any(a => a.LastIsPrefix)))
        {
            // Whole words: the full-text index, which starts with the organization, gives only the matching entries,
            // so only their vectors are read (for the rank).
            sql = $"SELECT e.\"Id\" AS \"Id\", ts_rank(e.\"SearchVector\", q)::float8 AS \"Rank\" FROM \"SearchEntries\" e, CAST({match} AS tsquery) q " +
                  $"WHERE e.\"OrganizationId\" = {{0}} AND e.\"SearchVector\" @@ q{filters}";
        }
        else if (IsPostgres)
        {
            // A prefix (an unfinished word) would make the index collect every entry of the installation whose words
            // start with it before keeping the organization's (40-60 ms for a common word on a million entries), so
            // the organization's own entries (about a hundred) are read and each is tested instead (2 ms).
            sql = $"WITH own AS MATERIALIZED (SELECT e.\"Id\", e.\"SearchVector\" FROM \"SearchEntries\" e WHERE e.\"OrganizationId\" = {{0}}{filters}) " +
                  $"SELECT own.\"Id\" AS \"Id\", ts_rank(own.\"SearchVector\", q)::float8 AS \"Rank\" FROM own, CAST({match} AS tsquery) q " +
                  "WHERE own.\"SearchVector\" @@ q";
        }
        else
        {
            sql = $"SELECT e.\"Id\" AS \"Id\", -bm25(\"SearchFts\", 5.0, 1.0) AS \"Rank\" FROM \"SearchFts\" JOIN \"SearchEntries\" e ON e.\"Id\" = \"SearchFts\".rowid " +
                  $"WHERE \"SearchFts\" MATCH {match} AND e.\"OrganizationId\" = {{0}}{filters}";
        }

        return await db.Database.SqlQueryRaw<RankedRow>(sql, [.. parameters]).ToListAsync(cancellationToken);
    }

    /// <summary>A corrected query built from the organization's indexed words, offered only when it finds something.</summary>
    private async Task<string?> DidYouMeanAsync(
        int organizationId, SearchQuery query, string text, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> synonyms,
        CancellationToken cancellationToken)
    {
        // Titles whole, bodies by their beginning: enough words to correct a slip without reading every text.
        var tokenStrings = await db.SearchEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.OrganizationId == organizationId)
            .Select(e => new { e.TitleTokens, Body = e.BodyTokens.Substring(0, SuggestionBodyChars + 1) })
            .ToListAsync(cancellationToken);
        var vocabulary = SpellingSuggestion.Vocabulary(
            tokenStrings.Select(e => e.TitleTokens + " " + SpellingSuggestion.WholeWordsOf(e.Body, SuggestionBodyChars)));
        var suggestion = SpellingSuggestion.Suggest(text, vocabulary);
        if (suggestion is null)
        {
            return null;
        }

        var terms = SearchQueryExpansion.Expand(SearchSyntax.Phrases(suggestion), synonyms);
        return (await RankAsync(organizationId, query, terms, cancellationToken)).Count > 0 ? suggestion : null;
    }

    /// <summary>How much of each body the spelling suggestion reads.</summary>
    public const int SuggestionBodyChars = 4000;

    private sealed record RankedRow(long Id, double Rank);
}
