using Prongsai.Core.Calendar;
using Prongsai.Core.Satisfaction;
using Prongsai.Web.Portal;

namespace Prongsai.Web.Pages.Staff.Org.Satisfaction;

/// <summary>
/// The satisfaction survey in the back office: every fiscal year with its answers and whether its report is on the
/// website, and the form's address on the website for the office to print at its counters. Everyone in the back office
/// reads it; the results and suggestions of a year are on its own page.
/// </summary>
public sealed class IndexModel(SatisfactionBoard board, TimeProvider clock) : StaffPageModel
{
    public IReadOnlyList<SatisfactionYearRow> Rows { get; private set; } = [];
    public int CurrentYear { get; private set; }

    /// <summary>The form's full address, as it would be printed on a poster or turned into a QR code.</summary>
    public string PublicFormUrl => PortalData.BaseUrl(Request) + SatisfactionPaths.PublicForm(Org.Slug);

    public async Task OnGetAsync()
    {
        CurrentYear = FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;
        Rows = await board.YearsAsync(CurrentYear, HttpContext.RequestAborted);
    }
}
