using Prongsai.Core.AntiCorruption;

namespace Prongsai.Web.Pages.Staff.Org.AntiCorruption;

/// <summary>
/// What the plan's approve and reopen pages share: the year's plan read from <see cref="PlanBoard"/>, its list in the
/// back office, and a year nobody has started has nothing to confirm.
/// </summary>
public abstract class PlanConfirmationModel(PlanBoard board) : YearConfirmationModel<PlanYear>
{
    protected override string ListPath(string org, int year) => PlanLabels.YearPath(org, year);

    protected override Task<PlanYear> ReadAsync(int year, CancellationToken cancellationToken) => board.YearAsync(year, cancellationToken);

    protected override bool Exists(PlanYear record) => record.Plan is not null;
}
