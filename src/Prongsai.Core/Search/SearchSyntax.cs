using System.Globalization;
using System.Text;

namespace Prongsai.Core.Search;

/// <summary>
/// How a query is read and written for each database, shared by one organization's search (SearchIndex) and the
/// installation-wide one (PlatformSearch), so both mean exactly the same by the same words: the query is cut to
/// <see cref="MaxQueryLength"/>, split at spaces into parts, each part segmented into Thai words that must match
/// next to each other (a phrase), alternatives from SearchQueryExpansion OR-ed, parts AND-ed.
/// </summary>
public static class SearchSyntax
{
    public const int MaxQueryLength = 200;

    /// <summary>At most this many space-separated parts are read; the rest of a long query is ignored.</summary>
    public const int MaxParts = 10;

    /// <summary>The query as searched: trimmed and cut to the longest length read.</summary>
    public static string Clip(string? text)
    {
        var trimmed = (text ?? "").Trim();
        return trimmed.Length > MaxQueryLength ? trimmed[..MaxQueryLength] : trimmed;
    }

    /// <summary>Space-separated parts of the query, each as its list of tokens.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Phrases(string? text) =>
        (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(part => (IReadOnlyList<string>)ThaiSegmenter.Words(part))
            .Where(tokens => tokens.Count > 0)
            .Take(MaxParts)
            .ToList();

    /// <summary>Every exact alternative, for highlighting: a hit found through a synonym shows the word it holds.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Highlighted(IReadOnlyList<QueryTerm> terms) =>
        terms.SelectMany(t => t.Alternatives).Where(a => !a.LastIsPrefix).Select(a => a.Tokens).ToList();

    /// <summary>The match expression for the database in use (the parameter of MATCH or of CAST(… AS tsquery)).</summary>
    public static string Match(IReadOnlyList<QueryTerm> terms, bool postgres) => postgres ? PostgresQuery(terms) : SqliteQuery(terms);

    /// <summary>
    /// FTS5: every phrase quoted, alternatives OR-ed, parts AND-ed: ("a b" OR "c") AND ("d" OR "de" *); a trailing
    /// * makes the phrase's last token a prefix. Tokens hold only word characters; quotes are doubled anyway.
    /// </summary>
    public static string SqliteQuery(IReadOnlyList<QueryTerm> terms) =>
        string.Join(" AND ", terms.Select(t => "(" + string.Join(" OR ", t.Alternatives.Select(a =>
            "\"" + string.Join(' ', a.Tokens).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (a.LastIsPrefix ? " *" : ""))) + ")"));

    /// <summary>tsquery: (('a' &lt;-&gt; 'b') | ('c')) &amp; (('d') | ('de':*)); lexemes quoted, so no operator can come from the user.</summary>
    public static string PostgresQuery(IReadOnlyList<QueryTerm> terms) =>
        string.Join(" & ", terms.Select(t => "(" + string.Join(" | ", t.Alternatives.Select(a =>
            "(" + string.Join(" <-> ", a.Tokens.Select((token, i) => Lexeme(token) + (a.LastIsPrefix && i == a.Tokens.Count - 1 ? ":*" : ""))) + ")")) + ")"));

    /// <summary>A tsvector literal: title words weighted A, body words B, positions as in the text.</summary>
    public static string TsVector(IReadOnlyList<string> title, IReadOnlyList<string> body)
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
}
