using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Publishing;
using Prongsai.Core.Search;
using Prongsai.Web.Api;
using Prongsai.Web.Portal;
using Prongsai.Web.Tenancy;
using Prongsai.Web.Portal.PageCache;

namespace Prongsai.Web.Pages.Public;

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

    public async Task<IActionResult> OnGetAsync(string? q, string? category, string? year)
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
            Results = await index.QueryAsync(organization.Id, new SearchQuery(Query, filters.CategoryId, filters.Year, 0, 50), HttpContext.RequestAborted);
        }

        return Page();
    }
}
