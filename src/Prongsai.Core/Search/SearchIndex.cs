using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;

namespace Prongsai.Core.Search;

public sealed record SearchQuery(string? Text, int? CategoryId = null, int? FiscalYear = null, int Skip = 0, int Take = 20);

public sealed record SearchHit(string Type, string Id, string Title, string Url, string SnippetHtml, int? CategoryId, int? FiscalYear, DateTimeOffset? PublishedAt);

public sealed record SearchResults(string Query, int Total, IReadOnlyList<SearchHit> Hits);

/// <summary>
/// The full-text index of public items, in the database so every node sees the same one.
/// Text is segmented into Thai words (ThaiSegmenter); a query is segmented the same way and
/// each space-separated part must match as a phrase. SQLite ranks with bm25 over the FTS5
/// table, PostgreSQL with ts_rank over a tsvector built from the same tokens; ties by id.
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

        parameters.Add(IsPostgres ? PostgresQuery(phrases) : SqliteQuery(phrases));
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

        // The candidate set is small (one organization's published items): rank all, then page.
        var ranked = await db.Database.SqlQueryRaw<RankedRow>(sql, [.. parameters]).ToListAsync(cancellationToken);
        var page = ranked.OrderByDescending(r => r.Rank).ThenBy(r => r.Id)
            .Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 100)).ToList();
        var ids = page.Select(r => r.Id).ToList();
        var entries = await db.SearchEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var hits = page.Where(r => entries.ContainsKey(r.Id)).Select(r => entries[r.Id])
            .Select(e => new SearchHit(e.ItemType, e.ItemId, e.Title, e.Url, Snippets.Make(e.Text, phrases), e.CategoryId, e.FiscalYear, e.PublishedAt))
            .ToList();
        return new SearchResults(text, ranked.Count, hits);
    }

    /// <summary>Space-separated parts of the query, each as its list of tokens.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Phrases(string? text) =>
        (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(part => (IReadOnlyList<string>)ThaiSegmenter.Words(part))
            .Where(tokens => tokens.Count > 0)
            .Take(10)
            .ToList();

    /// <summary>FTS5: every phrase quoted ("a b" AND "c"); tokens hold only word characters, quotes doubled anyway.</summary>
    internal static string SqliteQuery(IReadOnlyList<IReadOnlyList<string>> phrases) =>
        string.Join(" AND ", phrases.Select(p => "\"" + string.Join(' ', p).Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    /// <summary>tsquery: 'a' &lt;-&gt; 'b' &amp; 'c'; lexemes quoted, so no operator can come from the user.</summary>
    internal static string PostgresQuery(IReadOnlyList<IReadOnlyList<string>> phrases) =>
        string.Join(" & ", phrases.Select(p => "(" + string.Join(" <-> ", p.Select(Lexeme)) + ")"));

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
