using System.Globalization;
using Prongsai.Core.Features;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.AntiCorruption;

/// <summary>
/// The website's page of each approved plan as ITA evidence: the plan (item anti-corruption-plan) and, once a project
/// is reported, the six-month report (anti-corruption-6-month-report) and the annual report
/// (anti-corruption-annual-report) on the same page. Each candidate's tag names the one item it answers.
/// </summary>
public sealed class PlanEvidenceSource(PlanBoard board, CurrentOrganization organization) : IEvidenceSource
{
    public const string SourceKey = "anti-corruption-plan";
    public const string PlanItem = "anti-corruption-plan";
    public const string HalfYearItem = "anti-corruption-6-month-report";
    public const string AnnualItem = "anti-corruption-annual-report";

    public string Key => SourceKey;

    public EvidenceHint Hint { get; } = new("ผู้บริหารอนุมัติแผนปฏิบัติการป้องกันการทุจริต และรายงานผลรอบ 6 เดือนและประจำปี",
        "The head approves the anti-corruption action plan and its six-month and yearly reports", "anti-corruption");

    public async Task<IReadOnlyList<EvidenceCandidate>> FindAsync(int? fiscalYear, CancellationToken cancellationToken)
    {
        var candidates = new List<EvidenceCandidate>();
        foreach (var (year, approvedAt, halfYear, yearEnd) in (await board.PublishedYearsAsync(cancellationToken))
                     .Where(y => fiscalYear is null || y.FiscalYear == fiscalYear))
        {
            var text = year.ToString(CultureInfo.InvariantCulture);
            var page = "/" + organization.Slug + "/anti-corruption/" + text;
            candidates.Add(new EvidenceCandidate(Key, "plan", text, "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. " + text, page, year,
                approvedAt, [PlanItem]));
            if (halfYear is not null)
            {
                candidates.Add(new EvidenceCandidate(Key, "half-year-report", text + "-6", "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ 6 เดือน ปีงบประมาณ พ.ศ. " + text,
                    page + "#round-6", year, halfYear, [HalfYearItem]));
            }

            if (yearEnd is not null)
            {
                candidates.Add(new EvidenceCandidate(Key, "annual-report", text + "-12", "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี ปีงบประมาณ พ.ศ. " + text,
                    page + "#round-12", year, yearEnd, [AnnualItem]));
            }
        }

        return candidates;
    }
}
