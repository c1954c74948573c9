using System.Globalization;
using Prongsai.Core.Features;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.CorruptionRisks;

/// <summary>
/// The website's page of each approved assessment as ITA evidence: the assessment itself and, on the same page, the
/// report of what was done about its risks.
/// </summary>
public sealed class RisksEvidenceSource(RiskBoard board, CurrentOrganization organization) : IEvidenceSource
{
    public string Key => "corruption-risks";

    public EvidenceHint Hint { get; } = new("ผู้บริหารอนุมัติการประเมินความเสี่ยงการทุจริตของปี",
        "The head approves the year's corruption risk assessment", "risks");

    public async Task<IReadOnlyList<EvidenceCandidate>> FindAsync(int? fiscalYear, CancellationToken cancellationToken) =>
        (await board.PublishedYearsAsync(cancellationToken))
            .Where(y => fiscalYear is null || y.FiscalYear == fiscalYear)
            .Select(y => new EvidenceCandidate(Key, "assessment", y.FiscalYear.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"การประเมินความเสี่ยงการทุจริต ปีงบประมาณ พ.ศ. {y.FiscalYear}"),
                string.Create(CultureInfo.InvariantCulture, $"/{organization.Slug}/risks/{y.FiscalYear}"), y.FiscalYear, y.ApprovedAt,
                ["corruption-risks"]))
            .ToList();
}
