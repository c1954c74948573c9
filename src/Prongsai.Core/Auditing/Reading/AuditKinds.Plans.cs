using Prongsai.Core.AntiCorruption;
using Prongsai.Core.CorruptionRisks;

namespace Prongsai.Core.Auditing.Reading;

public static partial class AuditKinds
{
    /// <summary>The yearly plans against corruption: the anti-corruption plan and its projects, the risk assessment.</summary>
    private static IEnumerable<AuditKind> Plans =>
    [
        new FiscalYearKind("AntiCorruptionPlan", "แผนปฏิบัติการป้องกันการทุจริต", "anti-corruption plan") { Lookup = Years<AntiCorruptionPlan>() },
        new("PlanProject", "โครงการป้องกันการทุจริต", "anti-corruption project") { Lookup = Names<PlanProject>(p => new AuditItemName(p.Id, p.Name)) },
        new("ProjectReport", "รายงานผลโครงการ", "project report")
        {
            NameFields = [], Parent = new("ProjectId", "PlanProject", "ของโครงการ", "of the project"),
        },
        new FiscalYearKind("RiskAssessment", "การประเมินความเสี่ยงการทุจริต", "corruption risk assessment") { Lookup = Years<RiskAssessment>() },
        new("CorruptionRisk", "ความเสี่ยงการทุจริต", "corruption risk")
        {
            NameFields = ["Process", "Description"], Lookup = Names<CorruptionRisk>(r => new AuditItemName(r.Id, r.Process)),
        },
        new("RiskFollowUp", "การติดตามความเสี่ยง", "risk follow-up")
        {
            NameFields = [], Parent = new("RiskId", "CorruptionRisk", "ของความเสี่ยง", "of the risk"),
        },
    ];
}
