using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Public;

/// <summary>
/// /{org}/ita: answers 302 to the latest fiscal year's checklist; without any checklist it says so. The year page
/// lists every fiscal year. Not output-cached: checklist changes do not bump the content stamp.
/// </summary>
public sealed class ItaModel(ChecklistReader reader) : PageModel
{
    public string Slug { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var organization = HttpContext.Organization();
        if (organization is null)
        {
            return NotFound();
        }

        Slug = organization.Slug;
        var years = await reader.YearsAsync(cancellationToken);
        return years.Count > 0
            ? Redirect($"/{Slug}/ita/{years[0].ToString(System.Globalization.CultureInfo.InvariantCulture)}")
            : Page();
    }
}
