using Prongsai.Core.Calendar;
using Prongsai.Core.Consultations;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Web.Pages.Staff.Org.Consultations;

/// <summary>
/// Every consultation of the office: open and coming ones, those waiting for their summary, drafts, and past ones, each
/// with how many opinions count. Everyone in the back office reads it; those who run consultations start new ones.
/// </summary>
public sealed class IndexModel(ConsultationBoard board, ProngsaiDbContext db, TimeProvider clock) : StaffPageModel
{
    public IReadOnlyList<ConsultationRow> Rows { get; private set; } = [];
    public IReadOnlyDictionary<int, string> Departments { get; private set; } = new Dictionary<int, string>();
    public DateOnly Today { get; private set; }
    public bool MayManage => Actor.Has(ConsultationsPermissions.ManageConsultations);

    public async Task OnGetAsync()
    {
        Today = BangkokTime.Today(clock);
        Rows = await board.AllAsync(HttpContext.RequestAborted);
        Departments = await DepartmentChoices.NamesAsync(db, Rows.Select(r => r.DepartmentId), HttpContext.RequestAborted);
    }

    /// <summary>The rows of one group, in the order the list shows groups: what needs doing first.</summary>
    public IEnumerable<ConsultationRow> In(params ConsultationPhase[] phases) => Rows.Where(r => phases.Contains(r.PhaseOn(Today)));
}
