using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Api;
using Prongsai.Web.Portal;
using Prongsai.Web.Tenancy;
using Prongsai.Web.Portal.PageCache;

namespace Prongsai.Web.Pages.Public;

/// <summary>The document library: ?category=slug&amp;year=2567&amp;department=id.</summary>
[PublicPage]
public sealed class DocumentsModel(PortalData portal, ProngsaiDbContext db) : PageModel
{
    public const int PageSize = 30;

    public sealed record Row(int Id, string Title, string Summary, string Category, string? Department, int? FiscalYear, DateTimeOffset? PublishedAt, int Files);

    public string Slug { get; private set; } = "";
    public IReadOnlyList<DocumentCategory> Categories { get; private set; } = [];
    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public DocumentCategory? Category { get; private set; }
    public int? Year { get; private set; }
    public int? DepartmentId { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public string? Problem { get; private set; }

    // "page" from the query string itself: Razor Pages would bind its own route value of that name (the page's path).
    public async Task<IActionResult> OnGetAsync(string? category, string? year, string? department, [FromQuery(Name = "page")] int? pageNumber)
    {
        var organization = HttpContext.Organization();
        if (organization is null)
        {
            return NotFound();
        }

        Slug = organization.Slug;
        Categories = await portal.CategoriesAsync();
        Departments = await db.Departments.AsNoTracking().OrderBy(d => d.SortOrder).ToListAsync();
        var filters = await SearchFilters.ParseAsync(portal, category, year, HttpContext.RequestAborted);
        if (filters.Error is not null)
        {
            Problem = filters.Error;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Category = Categories.FirstOrDefault(c => c.Id == filters.CategoryId);
        Year = filters.Year;
        DepartmentId = int.TryParse(department, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var dep)
            && Departments.Any(d => d.Id == dep) ? dep : null;

        var query = portal.Published();
        Years = (await query.Where(d => d.FiscalYear != null).Select(d => d.FiscalYear!.Value).Distinct().ToListAsync()).OrderDescending().ToList();
        if (Category is not null)
        {
            query = query.Where(d => d.CategoryId == Category.Id);
        }

        if (Year is { } y)
        {
            query = query.Where(d => d.FiscalYear == y);
        }

        if (DepartmentId is { } departmentId)
        {
            query = query.Where(d => d.DepartmentId == departmentId);
        }

        // Counted, then one page read: an organization's list grows every year, and with thousands of organizations its
        // rows are rarely in the database's memory, so reading every row (and counting every row's files) to show 20 cost
        // the most of any public page (docs/performance.md, "Mixed load, third pass").
        Total = await query.CountAsync();
        PageNumber = Math.Clamp(pageNumber ?? 1, 1, Math.Max(1, Paging.PageCount(Total, PageSize)));
        var rows = await query.OrderByDescending(d => d.PublishedAt).ThenByDescending(d => d.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(d => new { d.Id, d.Title, d.Summary, d.CategoryId, d.DepartmentId, d.FiscalYear, d.PublishedAt, Files = d.Attachments.Count })
            .ToListAsync();
        var categoryNames = Categories.ToDictionary(c => c.Id, c => c.Name);
        var departmentNames = Departments.ToDictionary(d => d.Id, d => d.Name);
        Rows = rows
            .Select(r => new Row(r.Id, r.Title, r.Summary, categoryNames.GetValueOrDefault(r.CategoryId, ""),
                r.DepartmentId is { } id ? departmentNames.GetValueOrDefault(id) : null, r.FiscalYear, r.PublishedAt, r.Files))
            .ToList();
        return Page();
    }

    public Pager Pager => new(PageNumber, Total, PageSize, PageUrl, Lang.T("หน้ารายการเอกสาร", "Document pages"));

    public string PageUrl(int number)
    {
        var query = new List<string>();
        if (Category is not null) { query.Add("category=" + Uri.EscapeDataString(Category.Slug)); }
        if (Year is { } y) { query.Add("year=" + y.ToString(System.Globalization.CultureInfo.InvariantCulture)); }
        if (DepartmentId is { } d) { query.Add("department=" + d.ToString(System.Globalization.CultureInfo.InvariantCulture)); }
        query.Add("page=" + number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return $"/{Slug}/documents?" + string.Join("&", query);
    }
}
