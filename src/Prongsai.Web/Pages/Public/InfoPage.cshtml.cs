using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Web.Portal;
using Prongsai.Web.Tenancy;
using Prongsai.Web.Portal.PageCache;

namespace Prongsai.Web.Pages.Public;

/// <summary>About pages (/{org}/about/{key}) and policy pages (/{org}/policies/{key}); without a key, the index.</summary>
[PublicPage]
public sealed class InfoPageModel(PortalData portal, OrganizationPages pages, ProngsaiDbContext db) : PageModel
{
    public Organization Organization { get; private set; } = null!;
    public PageKind? Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string BodyHtml { get; private set; } = "";
    public DateTimeOffset? UpdatedAt { get; private set; }
    public bool IsPolicy { get; private set; }
    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public IReadOnlyList<Executive> Executives { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? key)
    {
        var organization = await portal.OrganizationOfAsync(HttpContext);
        if (organization is null)
        {
            return NotFound();
        }

        Organization = organization;
        IsPolicy = Request.Path.Value?.Contains("/policies", StringComparison.Ordinal) == true;
        if (key is null)
        {
            return Page();
        }

        Kind = OrganizationPages.Kind(key);
        if (Kind is null || Kind.Group != (IsPolicy ? OrganizationPages.Policy : OrganizationPages.About))
        {
            return NotFound();
        }

        if (key != "executives")
        {
            (Title, BodyHtml, _, UpdatedAt) = await pages.GetAsync(organization, key);
        }
        else
        {
            Title = Kind.Title;
        }

        if (key is "structure" or "executives")
        {
            // The office's structure as it is now: retired departments live on in old records only.
            Departments = await db.Departments.AsNoTracking().InUse().OrderBy(d => d.SortOrder).ToListAsync();
            Executives = await db.Executives.AsNoTracking().OrderBy(e => e.Side).ThenBy(e => e.SortOrder).ToListAsync();
        }

        return Page();
    }
}
