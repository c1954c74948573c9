using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Measures.Progress;

namespace Prongsai.Web.Pages.Staff.Org.Measures;

/// <summary>The dashboard's "steps without evidence": each step the member can act on, linked to it.</summary>
public sealed class MissingEvidenceModel(MissingEvidence missing, ProngsaiDbContext db) : StaffPageModel
{
    [FromRoute]
    public int FiscalYear { get; set; }

    public IReadOnlyList<StepMissingEvidence> Steps { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await db.MeasurePlans.AnyAsync(p => p.FiscalYear == FiscalYear, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        Steps = await missing.ForAsync(Actor, FiscalYear, HttpContext.RequestAborted);
        return Page();
    }
}
