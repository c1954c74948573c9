using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Calendar;
using Prongsai.Core.Consultations;
using Prongsai.Core.Organizations;
using Prongsai.Web.Portal;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Public.Consultations;

/// <summary>
/// /{org}/consultations: the office's channel for opinions — what it is asking about now, what comes next, and the
/// summaries of past consultations. Not kept in the page cache: a consultation opens and closes with the date, not
/// with a publication.
/// </summary>
public sealed class IndexModel(PortalData portal, ConsultationBoard board, TimeProvider clock) : PageModel
{
    public Organization Organization { get; private set; } = null!;
    public IReadOnlyList<ConsultationRow> Rows { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var organization = await portal.OrganizationOfAsync(HttpContext, cancellationToken);
        if (organization is null)
        {
            return NotFound();
        }

        Organization = organization;
        Today = BangkokTime.Today(clock);
        Rows = await board.PublishedAsync(cancellationToken);
        return Page();
    }

    public IReadOnlyList<ConsultationRow> In(params ConsultationPhase[] phases) => Rows.Where(r => phases.Contains(r.PhaseOn(Today))).ToList();
}
