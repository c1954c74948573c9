using Prongsai.Core.Search;

namespace Prongsai.Web.Pages.Public;

/// <summary>
/// A page of search hits as both search pages show them (_SearchHits): numbered from <paramref name="First"/>, each
/// labelled with its organization on the installation-wide search.
/// </summary>
public sealed record SearchHitList(int First, IReadOnlyList<SearchHitRow> Rows)
{
    public static SearchHitList Of(SearchResults results, int page) =>
        new((page - 1) * SearchQuery.PageSize + 1, results.Hits.Select(hit => new SearchHitRow(hit)).ToList());

    public static SearchHitList Of(PlatformSearchResults results) =>
        new((results.Page - 1) * PlatformSearch.PageSize + 1,
            results.Hits.Select(h => new SearchHitRow(h.Hit, h.OrganizationSlug, h.OrganizationName)).ToList());
}

public sealed record SearchHitRow(SearchHit Hit, string? OrganizationSlug = null, string? OrganizationName = null);
