using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Circulars;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Pages.Public;

namespace Prongsai.Web.Pages.Staff.Org.Circulars;

/// <summary>
/// The circulars the member may see, newest first: those waiting for the member's acknowledgement are marked, and
/// those who follow acknowledgements see each circular's count. Filters: waiting for me, not acknowledged by all.
/// </summary>
public sealed class IndexModel(CircularBoard board) : StaffPageModel
{
    [BindProperty(SupportsGet = true)] public CircularListFilter Filter { get; set; }
    public int PageNumber { get; private set; } = 1;

    public IReadOnlyList<CircularRow> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;
    public bool SeesAll { get; private set; }
    public bool MayIssue { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!ModelState.IsValid || !Enum.IsDefined(Filter))
        {
            return BadRequest();
        }

        // "page" from the query string itself: Razor Pages binds its own route value of that name (the page's path).
        // A page number that is not one shows the first page, as the public lists do.
        PageNumber = FormState.PageNumber(Request.Query["page"]);
        SeesAll = CircularBoard.SeesAll(Actor);
        MayIssue = Actor.Has(CircularsPermissions.IssueCirculars);
        var (rows, total) = await board.ListAsync(Actor, Filter, PageNumber, HttpContext.RequestAborted);
        Rows = rows;
        Pager = new Pager(PageNumber, total, CircularBoard.PageSize, PageUrl, Lang.T("หน้าของรายการหนังสือเวียน", "Circular list pages"));
        return Page();
    }

    public string FilterUrl(CircularListFilter filter) =>
        $"/staff/{Org.Slug}/circulars" + (filter == CircularListFilter.All ? "" : "?filter=" + filter);

    private string PageUrl(int page) =>
        FilterUrl(Filter) + (Filter == CircularListFilter.All ? "?" : "&") + "page=" + page.ToString(CultureInfo.InvariantCulture);
}
