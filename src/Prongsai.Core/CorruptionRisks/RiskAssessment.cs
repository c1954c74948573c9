using Prongsai.Core.Common;
using Prongsai.Core.Tenancy;
using Prongsai.Core.Trash;

namespace Prongsai.Core.CorruptionRisks;

/// <summary>
/// An organization's corruption risk assessment for one fiscal year (การประเมินความเสี่ยงการทุจริตประจำปี): the risks a
/// working group finds in its own work, how likely and how harmful each is, and what the office will do about them. The
/// head of the office approves it; approved, it is on the website, and the office reports twice a year what it did
/// about each risk (รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริต). The ITA asks for both every year.
/// </summary>
public sealed class RiskAssessment : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }

    /// <summary>The fiscal year assessed, in the Buddhist era (2568 runs from 1 October 2567 to 30 September 2568).</summary>
    public int FiscalYear { get; set; }

    public RiskAssessmentStatus Status { get; set; } = RiskAssessmentStatus.Draft;

    public DateTimeOffset? ApprovedAt { get; set; }
    public string? ApprovedByUserId { get; set; }
    public string? ApprovedBy { get; set; }

    /// <summary>Why an approved assessment was opened again, for the working group (the audit trail keeps every one).</summary>
    public string? ReopenReason { get; set; }

    public List<CorruptionRisk> Risks { get; set; } = [];
}

public enum RiskAssessmentStatus
{
    /// <summary>The working group is still listing and scoring risks; nothing is on the website.</summary>
    Draft = 1,

    /// <summary>Approved by the head of the office: on the website, risks fixed, follow-ups open.</summary>
    Approved = 2,
}

/// <summary>One risk of the assessment, scored and with the measures that answer it.</summary>
public sealed class CorruptionRisk : ITenantOwned, IEditVersioned, IDraftYearRow
{
    /// <summary>Saves made through the edit forms (<see cref="EditVersions"/>).</summary>
    public int EditVersion { get; set; }

    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int AssessmentId { get; set; }
    public RiskAssessment? Assessment { get; set; }

    /// <summary>The work where the risk lies (กระบวนงาน/ภารกิจ), e.g. "การออกใบอนุญาตก่อสร้างอาคาร".</summary>
    public required string Process { get; set; }

    public RiskCategory Category { get; set; }

    /// <summary>What could happen (เหตุการณ์ความเสี่ยง/รูปแบบพฤติการณ์), e.g. "เรียกรับเงินเพื่อเร่งรัดการออกใบอนุญาต".</summary>
    public required string Description { get; set; }

    /// <summary>How likely it is (โอกาส), 1 (rare) to 5 (almost certain).</summary>
    public int Likelihood { get; set; }

    /// <summary>How much harm it would do (ผลกระทบ), 1 (slight) to 5 (severe).</summary>
    public int Impact { get; set; }

    /// <summary>What already keeps it in check (การควบคุมที่มีอยู่); may be empty.</summary>
    public string ExistingControls { get; set; } = "";

    /// <summary>What the office will do about it (มาตรการป้องกันความเสี่ยง).</summary>
    public required string Measures { get; set; }

    /// <summary>The department in charge of the measures; null for the whole office.</summary>
    public int? DepartmentId { get; set; }

    /// <summary>When the measures run, as the working group writes it (ระยะเวลาดำเนินการ), e.g. "ต.ค. 2567 – ก.ย. 2568".</summary>
    public string Period { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public List<RiskFollowUp> FollowUps { get; set; } = [];

    public int Score => RiskRules.Score(Likelihood, Impact);

    public RiskLevel Level => RiskRules.LevelOf(Likelihood, Impact);
}

/// <summary>The kinds of corruption risk the anti-corruption commission's guide names, and the bribery risk FY2568 asks about alone.</summary>
public enum RiskCategory
{
    /// <summary>In considering, permitting and licensing (การพิจารณาอนุมัติ อนุญาต).</summary>
    Permits = 1,

    /// <summary>In the use of authority and position (ความโปร่งใสของการใช้อำนาจและตำแหน่งหน้าที่).</summary>
    UseOfAuthority = 2,

    /// <summary>In spending the budget and managing public resources (การใช้จ่ายงบประมาณและการบริหารจัดการทรัพยากรภาครัฐ).</summary>
    BudgetAndResources = 3,

    /// <summary>Of giving or taking bribes (การให้หรือรับสินบน).</summary>
    Bribery = 4,
}

/// <summary>The band a score (likelihood × impact) falls in.</summary>
public enum RiskLevel
{
    Low = 1,
    Medium = 2,
    High = 3,
    VeryHigh = 4,
}

/// <summary>A report of what was done about one risk, for the half year or the whole year.</summary>
public sealed class RiskFollowUp : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int RiskId { get; set; }

    public FollowUpRound Round { get; set; }
    public RiskProgress Progress { get; set; }
    public RiskOutcome Outcome { get; set; }

    /// <summary>What was done and what came of it (ผลการดำเนินการ), as the website shows it.</summary>
    public required string Result { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
    public string? RecordedByUserId { get; set; }
    public required string RecordedBy { get; set; }
}

/// <summary>The two reports of the year: after six months (to 31 March) and after twelve (to 30 September).</summary>
public enum FollowUpRound
{
    HalfYear = 1,
    YearEnd = 2,
}

public enum RiskProgress
{
    NotStarted = 1,
    InProgress = 2,
    Done = 3,
}

/// <summary>Where the risk stands, in the traffic-light terms of the commission's follow-up form.</summary>
public enum RiskOutcome
{
    /// <summary>Green: kept in check, nothing happened.</summary>
    Controlled = 1,

    /// <summary>Yellow: not fully in check yet; watched.</summary>
    Watch = 2,

    /// <summary>Red: it happened, or could not be kept in check.</summary>
    Occurred = 3,
}

/// <summary>The scoring and the lengths the forms, the use cases and the schema share.</summary>
public static class RiskRules
{
    public const int MinScale = 1;
    public const int MaxScale = 5;

    /// <summary>The first fiscal year one may assess (older years were on paper).</summary>
    public const int FirstYear = 2550;

    public const int Process = 300;
    public const int Description = 1_000;
    public const int Controls = 1_000;
    public const int Measures = 1_500;
    public const int Period = 200;
    public const int Result = 1_500;
    public const int Reason = 1_000;
    public const int Person = 200;

    public static int Score(int likelihood, int impact) => likelihood * impact;

    /// <summary>
    /// The bands of the five-by-five matrix as Thai public-sector risk manuals draw it: 1–3 low, 4–9 medium, 10–16
    /// high, 17–25 very high.
    /// </summary>
    public static RiskLevel LevelOf(int likelihood, int impact) => Score(likelihood, impact) switch
    {
        <= 3 => RiskLevel.Low,
        <= 9 => RiskLevel.Medium,
        <= 16 => RiskLevel.High,
        _ => RiskLevel.VeryHigh,
    };

    public static bool OnScale(int? value) => value is >= MinScale and <= MaxScale;

    /// <summary>The day a round's report falls due: after 31 March for the half year, after 30 September for the year.</summary>
    public static DateOnly DueAfter(int fiscalYear, FollowUpRound round)
    {
        var year = new Calendar.FiscalYear(fiscalYear);
        return round == FollowUpRound.HalfYear ? year.HalfYearLastMonth.LastDay : year.End;
    }
}
