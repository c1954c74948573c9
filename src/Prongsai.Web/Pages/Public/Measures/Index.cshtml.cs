using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Measures.Publishing;

namespace Prongsai.Web.Pages.Public.Measures;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Prongsai.Web.Portal.PublicPageCache.PolicyName)]
public sealed class IndexModel(MeasureReportVersions versions) : PageModel
{
    public IReadOnlyList<PublishedFiscalYear> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Years = await versions.FiscalYearsAsync(cancellationToken);
}
