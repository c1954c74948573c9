using Microsoft.AspNetCore.Http.HttpResults;
using Prongsai.Core.Search;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Portal;

namespace Prongsai.Web.Api;

public sealed record OrganizationLabelDto(string Slug, string Name);

public sealed record PlatformSearchResultDto(string Type, string Id, string Title, string Url, string Snippet, OrganizationLabelDto Organization);

/// <summary>
/// One page of the installation-wide search. <c>totalIsAtLeast</c> is true when more items match than are ranked:
/// <c>total</c> is then the number ranked (docs/publishing.md, "Installation-wide search").
/// </summary>
public sealed record PlatformSearchResponse(
    string Query, int Total, bool TotalIsAtLeast, int Page, int PageSize, int PageCount, IReadOnlyList<PlatformSearchResultDto> Results);

/// <summary>
/// Search over every organization's published items. Not output-cached: the public page cache is keyed by one
/// organization's content stamp, and no stamp covers the whole installation, so a cached page could still show
/// an item its organization has just unpublished.
/// </summary>
public sealed class PlatformSearchApi : IApiEndpoints
{
    public void Map(IEndpointRouteBuilder endpoints, RouteGroupBuilder v1) =>
        v1.MapGet("/search", SearchAsync).WithTags("Portal").WithName("PlatformSearch")
            .WithSummary("Thai full-text search over the published items of every organization, each labelled with its organization; 20 a page");

    private static async Task<Results<Ok<PlatformSearchResponse>, ValidationProblem>> SearchAsync(
        HttpContext http, PlatformSearch search, string? q, string? page)
    {
        var request = PlatformSearchRequest.Parse(q, page);
        if (request.Error is not null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [request.Field!] = [request.Error] },
                title: UseCaseErrors.InvalidInputTitle);
        }

        var results = await search.QueryAsync(request.Query, request.Page, http.RequestAborted);
        return TypedResults.Ok(new PlatformSearchResponse(results.Query, results.Total, results.TotalIsAtLeast, results.Page,
            PlatformSearch.PageSize, results.PageCount,
            results.Hits.Select(h => new PlatformSearchResultDto(h.Hit.Type, h.Hit.Id, h.Hit.Title, h.Hit.Url, h.Hit.SnippetHtml,
                new OrganizationLabelDto(h.OrganizationSlug, h.OrganizationName))).ToList()));
    }
}
