using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Measures.Publishing;
using Prongsai.Web.Portal.PageCache;

namespace Prongsai.Web.Pages.Public.Measures;

[PublicPage]
public sealed class IndexModel(MeasureReportVersions versions) : PageModel
{
    public IReadOnlyList<PublishedFiscalYear> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Years = await versions.FiscalYearsAsync(cancellationToken);
}
