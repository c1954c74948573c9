using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Ledger;
using Prongsai.Core.Search;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Portal;
using Prongsai.Web.Tenancy;
using Prongsai.Web.Portal.PageCache;

namespace Prongsai.Web.Api;

public sealed record SearchResultDto(string Type, string Id, string Title, string Url, string Snippet);

public sealed record SearchResponse(string Query, int Total, IReadOnlyList<SearchResultDto> Results);

public sealed record LedgerFileDto(string Name, string Sha256, string FileName);

public sealed record LedgerEntryDto(
    long Sequence, string At, string ItemType, string ItemId, string Action, string ContentSha256,
    IReadOnlyList<LedgerFileDto> Files, string PreviousHash, string Hash, string Title);

public sealed record LedgerResponse(int OrganizationId, string Organization, long? HeadSequence, string? HeadHash, IReadOnlyList<LedgerEntryDto> Entries);

/// <summary>Public search and publication ledger of an organization.</summary>
public sealed class PortalApi : IApiEndpoints
{
    public void Map(IEndpointRouteBuilder endpoints, RouteGroupBuilder v1)
    {
        var org = v1.MapGroup("/orgs/{org}").WithTags("Portal");
        org.MapGet("/search", SearchAsync).WithName("Search")
            .WithSummary("Thai full-text search over published documents, attachments and measures reports")
            .CachedAsPublicPage();
        org.MapGet("/ledger", LedgerAsync).WithName("Ledger")
            .WithSummary("The organization's hash-chained publication ledger (docs/ledger.md)")
            .CachedAsPublicPage();
    }

    private static async Task<Results<Ok<SearchResponse>, ValidationProblem, NotFound>> SearchAsync(
        HttpContext http, SearchIndex index, PortalData portal, string? q, string? category, string? year, int? page)
    {
        var organization = http.Organization();
        if (organization is null)
        {
            return TypedResults.NotFound();
        }

        var filters = await SearchFilters.ParseAsync(portal, category, year, http.RequestAborted);
        if (filters.Error is not null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [filters.Field!] = [filters.Error] },
                title: UseCaseErrors.InvalidInputTitle);
        }

        var results = await index.QueryAsync(organization.Id, SearchQuery.ForPage(q, filters.CategoryId, filters.Year, page ?? 1), http.RequestAborted);
        return TypedResults.Ok(new SearchResponse(results.Query, results.Total,
            results.Hits.Select(h => new SearchResultDto(h.Type, h.Id, h.Title, h.Url, h.SnippetHtml)).ToList()));
    }

    private static async Task<Results<Ok<LedgerResponse>, NotFound>> LedgerAsync(HttpContext http, ProngsaiDbContext db, long? from, int? take)
    {
        var organization = http.Organization();
        if (organization is null)
        {
            return TypedResults.NotFound();
        }

        var start = Math.Max(1, from ?? 1);
        var count = Math.Clamp(take ?? 500, 1, 1000);
        var entries = await db.LedgerEntries.AsNoTracking().Include(e => e.Files)
            .Where(e => e.Sequence >= start).OrderBy(e => e.Sequence).Take(count).ToListAsync(http.RequestAborted);
        var head = await db.LedgerEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(http.RequestAborted);
        return TypedResults.Ok(new LedgerResponse(organization.Id, organization.Slug, head?.Sequence, head?.Hash,
            entries.Select(ToDto).ToList()));
    }

    public static LedgerEntryDto ToDto(LedgerEntry e) => new(
        e.Sequence, Canonical.Time(e.At), e.ItemType, e.ItemId, e.Action, e.ContentSha256,
        e.Files.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => new LedgerFileDto(f.Name, f.Sha256, f.FileName)).ToList(),
        e.PreviousHash, e.Hash, e.Title);
}

/// <summary>?category=slug&amp;year=2567 as the search page and API read them.</summary>
public sealed record SearchFilters(int? CategoryId, int? Year, string? Error = null, string? Field = null)
{
    public static async Task<SearchFilters> ParseAsync(PortalData portal, string? category, string? year, CancellationToken cancellationToken)
    {
        int? categoryId = null;
        if (!string.IsNullOrWhiteSpace(category))
        {
            var match = (await portal.CategoriesAsync(cancellationToken)).FirstOrDefault(c => c.Slug == category.Trim());
            if (match is null)
            {
                return new SearchFilters(null, null, Lang.T("ไม่พบหมวดเอกสารนี้", "Unknown category"), "category");
            }

            categoryId = match.Id;
        }

        int? fiscalYear = null;
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (!int.TryParse(Prongsai.Core.Calendar.ThaiDigits.ToAscii(year.Trim()), NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 2400 or > 3000)
            {
                return new SearchFilters(null, null, Lang.T("ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2567", "The year must be a Buddhist-era year, e.g. 2567"), "year");
            }

            fiscalYear = y;
        }

        return new SearchFilters(categoryId, fiscalYear);
    }
}
