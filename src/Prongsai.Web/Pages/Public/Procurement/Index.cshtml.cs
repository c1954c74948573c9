using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Procurement.Reports;
using Prongsai.Web.Portal.PageCache;

namespace Prongsai.Web.Pages.Public.Procurement;

/// <summary>
/// /{org}/procurement: the fiscal years with anything public (a published plan revision, monthly สขร.1 or annual
/// report), newest first, each linking to its year page. One year is still a list: no redirect.
/// </summary>
[PublicPage]
public sealed class IndexModel(ProcurementYearReader reader) : PageModel
{
    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Years = await reader.PublicYearsAsync(cancellationToken);

    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
