using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.OpenData;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Portal.PageCache;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Public.Data;

/// <summary>
/// /{org}/data: the organization's open datasets by fiscal year (only what is public), each with its licence, formats
/// and last update; the same list as /{org}/data/catalog.jsonld for harvesters.
/// </summary>
[PublicPage]
public sealed class IndexModel(OpenDataCatalog catalog) : PageModel
{
    public OrganizationDatasets Datasets { get; private set; } = new(0, "", "", null, []);

    public IEnumerable<IGrouping<int, Dataset>> ByYear => Datasets.Datasets.GroupBy(d => d.FiscalYear);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var organization = HttpContext.Organization();
        var datasets = organization is null ? null : await catalog.ForOrganizationAsync(organization.Id, cancellationToken);
        if (datasets is null)
        {
            return NotFound();
        }

        Datasets = datasets;
        return Page();
    }

    public static string KindLabel(DatasetKind kind) => kind switch
    {
        DatasetKind.Budget => Lang.T("งบประมาณ", "Budget"),
        DatasetKind.Procurement => Lang.T("จัดซื้อจัดจ้าง", "Procurement"),
        DatasetKind.Ocds => "OCDS",
        DatasetKind.ServiceStatistics => Lang.T("สถิติการให้บริการ", "Service statistics"),
        _ => Lang.T("มาตรการคุณธรรมและความโปร่งใส", "Integrity measures"),
    };
}
