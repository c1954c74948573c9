using Prongsai.Core.CorruptionRisks;

namespace Prongsai.Web.Pages.Staff.Org.Risks;

/// <summary>
/// What the assessment's approve and reopen pages share: the year's assessment read from <see cref="RiskBoard"/>, its
/// list in the back office, and a year nobody has started has nothing to confirm.
/// </summary>
public abstract class RiskConfirmationModel(RiskBoard board) : YearConfirmationModel<RiskYear>
{
    protected override string ListPath(string org, int year) => RiskLabels.YearPath(org, year);

    protected override Task<RiskYear> ReadAsync(int year, CancellationToken cancellationToken) => board.YearAsync(year, cancellationToken);

    protected override bool Exists(RiskYear record) => record.Assessment is not null;
}
