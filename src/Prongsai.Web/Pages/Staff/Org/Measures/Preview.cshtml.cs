using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Measures.Reports;

namespace Prongsai.Web.Pages.Staff.Org.Measures;

/// <summary>
/// The draft report as the public will see it once published — the same table as the public page, marked as a
/// draft — so an Executive reads what they approve (and staff see what their progress will look like).
/// </summary>
public sealed class PreviewModel(BuildMeasuresReport builder) : StaffPageModel
{
    [FromRoute]
    public int FiscalYear { get; set; }

    public MeasuresReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var draft = await builder.DraftAsync(FiscalYear, HttpContext.RequestAborted);
        if (draft is null)
        {
            return NotFound();
        }

        Report = draft;
        return Page();
    }
}
