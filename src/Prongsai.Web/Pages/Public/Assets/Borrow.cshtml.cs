using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Assets;
using Prongsai.Core.Organizations;
using Prongsai.Web.Portal;
using Prongsai.Web.Portal.PageCache;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Public.Assets;

/// <summary>/{org}/borrow: what villagers may borrow from the office (tents, chairs, a sound system) and how to ask.</summary>
[PublicPage]
public sealed class BorrowModel(PortalData portal, AssetBoard board) : PageModel
{
    public Organization Organization { get; private set; } = null!;
    public IReadOnlyList<PublicAssetRow> Articles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var organization = await portal.OrganizationOfAsync(HttpContext, cancellationToken);
        if (organization is null)
        {
            return NotFound();
        }

        Organization = organization;
        Articles = await board.ShownToPublicAsync(cancellationToken);
        return Page();
    }
}
