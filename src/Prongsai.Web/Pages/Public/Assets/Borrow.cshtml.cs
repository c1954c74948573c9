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
        var id = HttpContext.Organization()?.Id;
        var organization = id is null ? null : await portal.OrganizationAsync(id.Value, cancellationToken);
        if (organization is null)
        {
            return NotFound();
        }

        Organization = organization;
        Articles = await board.ShownToPublicAsync(cancellationToken);
        return Page();
    }

    /// <summary>The number as a tel: link takes it: digits and a leading plus only ("038-123 456 ต่อ 12" → "038123456").</summary>
    public static string? TelLink(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var first = phone.Split([',', '/', 'ต'], 2)[0];
        var digits = new string(first.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
        return digits.Length >= 6 ? "tel:" + digits : null;
    }
}
