using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;

namespace Prongsai.Core.Search;

public sealed record SearchQuery(string? Text, int? CategoryId = null, int? FiscalYear = null, int Skip = 0, int Take = 20);

public sealed record SearchHit(string Type, string Id, string Title, string Url, string SnippetHtml, int? CategoryId, int? FiscalYear, DateTimeOffset? PublishedAt);

/// <summary>The hits; when there are none, DidYouMean may hold a corrected query that has some.</summary>
public sealed record SearchResults(string Query, int Total, IReadOnlyList<SearchHit> Hits, string? DidYouMean = null);

/// <summary>
/// The full-text index of public items, in the database so every node sees the same one.
/// Text is segmented into Thai words (ThaiSegmenter); a query is segmented the same way and
/// each space-separated part must match as a phrase — or one of its alternatives (synonyms, an
/// unfinished last word: SearchQueryExpansion). SQLite ranks with bm25 over the FTS5 table,
/// PostgreSQL with ts_rank over a tsvector built from the same tokens; ties by id.
/// </summary>
public sealed class SearchIndex(ProngsaiDbContext db, TimeProvider clock)
{
    /// <summary>PostgreSQL keeps positions up to 16383; the same cap on both databases keeps their hits equal.</summary>
    public const int MaxBodyTokens = 16000;

    public const int MaxQueryLength = 200;

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
        entry.Title = title.Length > 500 ? title[..500] : title;
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
            var vector = TsVector(titleTokens, bodyTokens);
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE \"SearchEntries\" SET \"SearchVector\" = CAST({0} AS tsvector) WHERE \"Id\" = {1}",
                [vector, entry.Id], cancellationToken);
        }
    }

    public async Task RemoveAsync(int organizationId, string type, string id, CancellationToken cancellationToken = default) =>
        await db.SearchEntries.IgnoreQueryFilters()
            .Where(e => e.OrganizationId == organizationId && e.ItemType == type && e.ItemId == id)
            .ExecuteDeleteAsync(cancellationToken);

    public async Task<SearchResults> QueryAsync(int organizationId, SearchQuery query, CancellationToken cancellationToken = default)
    {
        var text = (query.Text ?? "").Trim();
        if (text.Length > MaxQueryLength)
        {
            text = text[..MaxQueryLength];
        }

        var phrases = Phrases(text);
        if (phrases.Count == 0)
        {
            return new SearchResults(text, 0, []);
        }

        var synonyms = await SynonymGroupsAsync(cancellationToken);
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
            .Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        // Every exact alternative is highlighted, so a hit found through a synonym shows the word it holds.
        var highlighted = terms.SelectMany(t => t.Alternatives).Where(a => !a.LastIsPrefix).Select(a => a.Tokens).ToList();
        var hits = page.Where(r => entries.ContainsKey(r.Id)).Select(r => entries[r.Id])
            .Select(e => new SearchHit(e.ItemType, e.ItemId, e.Title, e.Url, Snippets.Make(e.Text, highlighted), e.CategoryId, e.FiscalYear, e.PublishedAt))
            .ToList();
        return new SearchResults(text, ranked.Count, hits);
    }

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

        parameters.Add(IsPostgres ? PostgresQuery(terms) : SqliteQuery(terms));
        var match = $"{{{parameters.Count - 1}}}";
        if (IsPostgres)
        {
            sql = $"SELECT e.\"Id\" AS \"Id\", ts_rank(e.\"SearchVector\", q)::float8 AS \"Rank\" FROM \"SearchEntries\" e, CAST({match} AS tsquery) q " +
                  $"WHERE e.\"OrganizationId\" = {{0}} AND e.\"SearchVector\" @@ q{filters}";
        }
        else
        {
            sql = $"SELECT e.\"Id\" AS \"Id\", -bm25(\"SearchFts\", 5.0, 1.0) AS \"Rank\" FROM \"SearchFts\" JOIN \"SearchEntries\" e ON e.\"Id\" = \"SearchFts\".rowid " +
                  $"WHERE \"SearchFts\" MATCH {match} AND e.\"OrganizationId\" = {{0}}{filters}";
        }

        return await db.Database.SqlQueryRaw<RankedRow>(sql, [.. parameters]).ToListAsync(cancellationToken);
    }

    /// <summary>The platform's synonym groups, each term as its segmented words.</summary>
    private async Task<IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>>> SynonymGroupsAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<SearchSynonym>().AsNoTracking().Select(s => s.Terms).ToListAsync(cancellationToken);
        return rows
            .Select(terms => (IReadOnlyList<IReadOnlyList<string>>)SearchSynonym.SplitTerms(terms)
                .Select(t => (IReadOnlyList<string>)ThaiSegmenter.Words(t)).Where(t => t.Count > 0).ToList())
            .Where(g => g.Count > 1)
            .ToList();
    }

    /// <summary>A corrected query built from the organization's indexed words, offered only when it finds something.</summary>
    private async Task<string?> DidYouMeanAsync(
        int organizationId, SearchQuery query, string text, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> synonyms,
        CancellationToken cancellationToken)
    {
        // Titles whole, bodies by their beginning: enough words to correct a slip without reading every text.
        var tokenStrings = await db.SearchEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.OrganizationId == organizationId)
            .Select(e => e.TitleTokens + " " + e.BodyTokens.Substring(0, SuggestionBodyChars))
            .ToListAsync(cancellationToken);
        var vocabulary = SpellingSuggestion.Vocabulary(tokenStrings);
        var suggestion = SpellingSuggestion.Suggest(text, vocabulary);
        if (suggestion is null)
        {
            return null;
        }

        var terms = SearchQueryExpansion.Expand(Phrases(suggestion), synonyms);
        return (await RankAsync(organizationId, query, terms, cancellationToken)).Count > 0 ? suggestion : null;
    }

    /// <summary>How much of each body the spelling suggestion reads.</summary>
    public const int SuggestionBodyChars = 4000;

    /// <summary>Space-separated parts of the query, each as its list of tokens.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Phrases(string? text) =>
        (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(part => (IReadOnlyList<string>)ThaiSegmenter.Words(part))
            .Where(tokens => tokens.Count > 0)
            .Take(10)
            .ToList();

    /// <summary>
    /// FTS5: every phrase quoted, alternatives OR-ed, parts AND-ed: ("a b" OR "c") AND ("d" OR "de" *); a trailing
    /// * makes the phrase's last token a prefix. Tokens hold only word characters; quotes are doubled anyway.
    /// </summary>
    internal static string SqliteQuery(IReadOnlyList<QueryTerm> terms) =>
        string.Join(" AND ", terms.Select(t => "(" + string.Join(" OR ", t.Alternatives.Select(a =>
            "\"" + string.Join(' ', a.Tokens).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (a.LastIsPrefix ? " *" : ""))) + ")"));

    /// <summary>tsquery: (('a' &lt;-&gt; 'b') | ('c')) &amp; (('d') | ('de':*)); lexemes quoted, so no operator can come from the user.</summary>
    internal static string PostgresQuery(IReadOnlyList<QueryTerm> terms) =>
        string.Join(" & ", terms.Select(t => "(" + string.Join(" | ", t.Alternatives.Select(a =>
            "(" + string.Join(" <-> ", a.Tokens.Select((token, i) => Lexeme(token) + (a.LastIsPrefix && i == a.Tokens.Count - 1 ? ":*" : ""))) + ")")) + ")"));

    /// <summary>A tsvector literal: title words weighted A, body words B, positions as in the text.</summary>
    internal static string TsVector(IReadOnlyList<string> title, IReadOnlyList<string> body)
    {
        var positions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(IReadOnlyList<string> tokens, int offset, char weight)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                var position = Math.Min(offset + i + 1, 16383);
                if (!positions.TryGetValue(tokens[i], out var list))
                {
                    positions[tokens[i]] = list = [];
                }

                if (list.Count < 256)
                {
                    list.Add(position.ToString(CultureInfo.InvariantCulture) + weight);
                }
            }
        }

        Add(title, 0, 'A');
        Add(body, title.Count + 1, 'B');
        var sb = new StringBuilder();
        foreach (var (lexeme, list) in positions)
        {
            sb.Append(Lexeme(lexeme)).Append(':').AppendJoin(',', list).Append(' ');
        }

        return sb.ToString().TrimEnd();
    }

    private static string Lexeme(string token) =>
        "'" + token.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";

    private sealed record RankedRow(long Id, double Rank);
}
