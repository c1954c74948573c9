using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Web.Authorization;

namespace Prongsai.Web.Pages.Staff;

/// <summary>/staff sends each user to their own organization's dashboard (or the operator's page).</summary>
[Authorize]
public sealed class IndexModel(StaffSession session, ProngsaiDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var user = await session.GetUserAsync();
        if (user is null)
        {
            return Redirect("/staff/signin");
        }

        if (user.IsOperator)
        {
            return Redirect("/staff/operator/organizations");
        }

        var slug = await db.Organizations.AsNoTracking().Where(o => o.Id == user.OrganizationId).Select(o => o.Slug).FirstOrDefaultAsync();
        return slug is null ? Forbid() : Redirect($"/staff/{slug}");
    }
}
