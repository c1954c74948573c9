using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Publishing;
using Prongsai.Web.Portal;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Public;

/// <summary>Where the OIT evidence lives on this site: each category with the items it answers.</summary>
[OutputCache(PolicyName = PublicPageCache.PolicyName)]
public sealed class ItaModel(PortalData portal) : PageModel
{
    public string Slug { get; private set; } = "";
    public IReadOnlyList<(DocumentCategory Category, int Count)> Categories { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var organization = HttpContext.Organization();
        if (organization is null)
        {
            return NotFound();
        }

        Slug = organization.Slug;
        var counts = (await portal.Published().Select(d => d.CategoryId).ToListAsync()).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        Categories = (await portal.CategoriesAsync()).Select(c => (c, counts.GetValueOrDefault(c.Id))).ToList();
        return Page();
    }
}
