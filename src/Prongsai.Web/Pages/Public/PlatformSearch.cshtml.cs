using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Prongsai.Core.Organizations;
using Prongsai.Core.Search;
using Prongsai.Web.Portal;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Public;

/// <summary>
/// /search on the platform's host: every organization's published items, each with its organization. Not
/// output-cached, for the reason given on PlatformSearchApi. On an organization's own host /search is that
/// organization's search.
/// </summary>
public sealed class PlatformSearchModel(PlatformSearch search, OrganizationDirectory directory, IOptions<PlatformHostOptions> platform) : PageModel
{
    public string Query { get; private set; } = "";
    public PlatformSearchResults? Results { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? q)
    {
        var host = Request.Host.Host.ToLowerInvariant();
        if (!platform.Value.IsReserved(host) && await directory.ByHostAsync(host, HttpContext.RequestAborted) is { } own)
        {
            return Redirect($"/{own.Slug}/search" + Request.QueryString);
        }

        // Read from the query string itself: Razor Pages binds "page" to its own route value (the page's name).
        var request = PlatformSearchRequest.Parse(q, Request.Query["page"].FirstOrDefault());
        Query = request.Query;
        if (request.Error is not null)
        {
            Problem = request.Field == "q"
                ? Lang.T($"คำค้นยาวเกิน {SearchSyntax.MaxQueryLength} ตัวอักษร กรุณาใช้คำที่สั้นลง", $"The search is longer than {SearchSyntax.MaxQueryLength} characters; please use fewer words.")
                : Lang.T("ไม่มีหน้านี้ในผลการค้นหา", "There is no such page of results.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (Query.Length > 0)
        {
            Results = await search.QueryAsync(Query, request.Page, HttpContext.RequestAborted);
        }

        return Page();
    }

    public Pager Pager => new(Results?.Page ?? 1, Results?.Total ?? 0, PlatformSearch.PageSize, PageUrl, Lang.T("หน้าผลการค้นหา", "Result pages"));

    public string PageUrl(int number) =>
        "/search?q=" + Uri.EscapeDataString(Query) + (number > 1 ? "&page=" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
}
