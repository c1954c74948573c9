using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Ita.Submission;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Public.Ita;

/// <summary>
/// /{org}/ita/{fiscalYear}: the OIT items grouped as in the catalog, each with its links when ready or approved,
/// the others listed as missing — the page an assessor or a citizen opens. Not output-cached (see ItaModel).
/// </summary>
public sealed class YearModel(ChecklistReader reader) : PageModel
{
    public string Slug { get; private set; } = "";
    public string OrganizationName { get; private set; } = "";
    public PublicChecklist Checklist { get; private set; } = null!;
    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int fiscalYear, CancellationToken cancellationToken)
    {
        var organization = HttpContext.Organization();
        var view = organization is null ? null : await reader.GetAsync(fiscalYear, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        Slug = organization!.Slug;
        OrganizationName = organization.Name;
        Checklist = PublicChecklist.From(view);
        Years = await reader.YearsAsync(cancellationToken);
        return Page();
    }

    public string Download(string format) =>
        $"/{Slug}/ita/{Checklist.FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture)}/submission.{format}";
}
