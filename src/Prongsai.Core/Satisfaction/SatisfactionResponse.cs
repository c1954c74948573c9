using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Satisfaction;

/// <summary>
/// One person's answer to the office's satisfaction survey (แบบประเมินความพึงพอใจการให้บริการ): a score from 1 (น้อยที่สุด)
/// to 5 (มากที่สุด) on each of the four aspects Thai service surveys ask about, which department served them if they
/// say, and a suggestion if they have one. Nothing about the person is asked or kept: the survey is anonymous.
/// </summary>
public sealed class SatisfactionResponse : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }

    /// <summary>The fiscal year (BE) of the day it was received: the year whose report it counts in.</summary>
    public int FiscalYear { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The department that served them; null: not said.</summary>
    public int? DepartmentId { get; set; }

    public int Process { get; set; }
    public int Staff { get; set; }
    public int Facilities { get; set; }
    public int Quality { get; set; }

    /// <summary>What they would improve; read in the back office only, never shown on the website.</summary>
    public string? Suggestion { get; set; }

    /// <summary>Demo content, marked "ตัวอย่าง" wherever it shows.</summary>
    public bool IsSample { get; set; }

    public int ScoreOf(SatisfactionAspect aspect) => SatisfactionRules.Pick(aspect, Process, Staff, Facilities, Quality);
}

/// <summary>
/// The office's yearly report of the survey (รายงานผลการสำรวจความพึงพอใจการให้บริการ, classic OIT O16), published once the
/// fiscal year is over, when its answers can no longer change: the figures come from the answers, the findings — what
/// the office learned and what it will improve — from the office.
/// </summary>
public sealed class SatisfactionReport : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int FiscalYear { get; set; }
    public required string Findings { get; set; }

    /// <summary>The first publication, which a correction keeps: the ITA asks when the report was published.</summary>
    public DateTimeOffset PublishedAt { get; set; }

    public required string PublishedBy { get; set; }

    /// <summary>The last correction of the findings, if any, and who made it (the audit trail keeps each earlier text).</summary>
    public DateTimeOffset? CorrectedAt { get; set; }

    public string? CorrectedBy { get; set; }
    public bool IsSample { get; set; }
}

/// <summary>The four aspects of service that Thai satisfaction surveys score.</summary>
public enum SatisfactionAspect
{
    /// <summary>ด้านกระบวนการและขั้นตอนการให้บริการ.</summary>
    Process = 1,

    /// <summary>ด้านเจ้าหน้าที่หรือบุคลากรผู้ให้บริการ.</summary>
    Staff = 2,

    /// <summary>ด้านสิ่งอำนวยความสะดวก.</summary>
    Facilities = 3,

    /// <summary>ด้านคุณภาพการให้บริการ.</summary>
    Quality = 4,
}
