using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;

namespace Prongsai.Core.Search;

/// <summary>
/// The platform's synonym groups, each term as its segmented words. They belong to the whole installation (the
/// Operator keeps them), so an organization's search and the installation-wide one expand a query the same way.
/// </summary>
public static class SearchSynonymGroups
{
    public static async Task<IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>>> LoadAsync(ProngsaiDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Set<SearchSynonym>().AsNoTracking().Select(s => s.Terms).ToListAsync(cancellationToken);
        return rows
            .Select(terms => (IReadOnlyList<IReadOnlyList<string>>)SearchSynonym.SplitTerms(terms)
                .Select(t => (IReadOnlyList<string>)ThaiSegmenter.Words(t)).Where(t => t.Count > 0).ToList())
            .Where(g => g.Count > 1)
            .ToList();
    }

    /// <summary>The query's parts with their alternatives (synonyms, an unfinished last word); empty when the query has no words.</summary>
    public static async Task<IReadOnlyList<QueryTerm>> ExpandAsync(ProngsaiDbContext db, string text, CancellationToken cancellationToken)
    {
        var phrases = SearchSyntax.Phrases(text);
        return phrases.Count == 0 ? [] : SearchQueryExpansion.Expand(phrases, await LoadAsync(db, cancellationToken));
    }
}
