using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Publishing;
using Prongsai.Core.Search;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Api;
using Prongsai.Web.Portal;
using Prongsai.Web.Tenancy;
using Prongsai.Web.Portal.PageCache;

namespace Prongsai.Web.Pages.Public;

/// <summary>
/// An organization's search, twenty hits a page as its JSON API gives them: a long list of snippets is slow to read
/// on a phone, and each hit costs a snippet to make.
/// </summary>
[PublicPage]
public sealed class SearchModel(PortalData portal, SearchIndex index) : PageModel
{
    public string Slug { get; private set; } = "";
    public string Query { get; private set; } = "";
    public IReadOnlyList<DocumentCategory> Categories { get; private set; } = [];
    public string? CategorySlug { get; private set; }
    public int? Year { get; private set; }
    public SearchResults? Results { get; private set; }
    public string? Problem { get; private set; }
    public int PageNumber { get; private set; } = 1;

    /// <summary>The citizen services the query names, above the documents on its first page (<see cref="CitizenServices"/>).</summary>
    public IReadOnlyList<CitizenServices.Service> Services => Query.Length > 0 && PageNumber == 1 ? CitizenServices.For(Query) : [];

    // "page" from the query string itself: Razor Pages would bind its own route value of that name (the page's path).
    // Like the documents list, a page number that is not one shows the first page rather than an error.
    public async Task<IActionResult> OnGetAsync(string? q, string? category, string? year, [FromQuery(Name = "page")] int? pageNumber)
    {
        var organization = HttpContext.Organization();
        if (organization is null)
        {
            return NotFound();
        }

        Slug = organization.Slug;
        Query = (q ?? "").Trim();
        Categories = await portal.CategoriesAsync();
        var filters = await SearchFilters.ParseAsync(portal, category, year, HttpContext.RequestAborted);
        if (filters.Error is not null)
        {
            Problem = filters.Error;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        CategorySlug = Categories.FirstOrDefault(c => c.Id == filters.CategoryId)?.Slug;
        Year = filters.Year;
        if (Query.Length > 0)
        {
            PageNumber = Math.Clamp(pageNumber ?? 1, 1, SearchQuery.MaxPage);
            Results = await index.QueryAsync(
                organization.Id, SearchQuery.ForPage(Query, filters.CategoryId, filters.Year, PageNumber), HttpContext.RequestAborted);
        }

        return Page();
    }

    public Pager Pager => new(PageNumber, Results?.Total ?? 0, SearchQuery.PageSize, PageUrl, Lang.T("หน้าผลการค้นหา", "Result pages"));

    public string PageUrl(int number) => SearchUrl(Query, number);

    /// <summary>This search page for <paramref name="query"/> (the pager's pages, a "did you mean" correction), keeping the filters.</summary>
    public string SearchUrl(string query, int number = 1) =>
        $"/{Slug}/search?q={Uri.EscapeDataString(query)}"
        + (CategorySlug is null ? "" : "&category=" + Uri.EscapeDataString(CategorySlug))
        + (Year is { } year ? "&year=" + year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")
        + (number > 1 ? "&page=" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
}
