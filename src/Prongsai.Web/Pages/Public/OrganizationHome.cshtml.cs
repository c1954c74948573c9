using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Public;

public sealed class OrganizationHomeModel(ProngsaiDbContext db) : PageModel
{
    public Organization Organization { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var id = HttpContext.Organization()?.Id;
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id);
        if (organization is null)
        {
            return NotFound();
        }

        Organization = organization;
        return Page();
    }
}
