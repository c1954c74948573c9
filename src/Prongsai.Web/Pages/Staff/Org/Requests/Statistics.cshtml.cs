using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Requests;

namespace Prongsai.Web.Pages.Staff.Org.Requests;

/// <summary>Requests per type, department and month with the answer time, among those the member may see.</summary>
public sealed class StatisticsModel(RequestQueue queue, ProngsaiDbContext db, TimeProvider clock) : StaffPageModel
{
    public int FiscalYear { get; private set; }
    public IReadOnlyList<DepartmentMonthRow> Rows { get; private set; } = [];
    public IReadOnlyDictionary<int, string> Departments { get; private set; } = new Dictionary<int, string>();

    /// <summary>Whether the website makes the year's PDF (<see cref="Public.Requests.StatisticsModel.IsPrintable"/>), so
    /// the link is shown only where it leads somewhere.</summary>
    public bool Printable => Public.Requests.StatisticsModel.IsPrintable(FiscalYear,
        Rows.Any(r => Public.Requests.ComplaintsModel.ComplaintKinds.Contains(r.Kind) && r.Received > 0), BangkokTime.Today(clock));

    public async Task OnGetAsync(int? year)
    {
        FiscalYear = year is >= 2500 and <= 2700 ? year.Value : Core.Calendar.FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;
        Departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, HttpContext.RequestAborted);
        Rows = await RequestStatistics.PerDepartmentAsync(queue.Visible(Actor), FiscalYear, HttpContext.RequestAborted);
    }
}
