using System.Globalization;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Tenancy;
using Prongsai.Core.Trash;

namespace Prongsai.Core.AntiCorruption;

/// <summary>
/// An organization's anti-corruption action plan for one fiscal year (แผนปฏิบัติการป้องกันการทุจริต): the projects,
/// activities and measures it will carry out, in the four dimensions of the anti-corruption commission's plan for local
/// administrations, each with its budget. The head of the office approves it; approved, it is on the website, and the
/// office reports after six and twelve months what each project did (the ITA asks for the plan and both reports).
/// </summary>
public sealed class AntiCorruptionPlan : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }

    /// <summary>The fiscal year planned, in the Buddhist era.</summary>
    public int FiscalYear { get; set; }

    /// <summary>
    /// The plan's own title when the year is a slice of a multi-year plan ("แผนปฏิบัติการป้องกันการทุจริต 4 ปี (พ.ศ.
    /// 2566–2570)"); null: <see cref="PlanRules.DefaultTitle"/>.
    /// </summary>
    public string? Title { get; set; }

    public PlanStatus Status { get; set; } = PlanStatus.Draft;

    public DateTimeOffset? ApprovedAt { get; set; }
    public string? ApprovedByUserId { get; set; }
    public string? ApprovedBy { get; set; }

    /// <summary>Why an approved plan was opened again (the audit trail keeps every one).</summary>
    public string? ReopenReason { get; set; }

    public List<PlanProject> Projects { get; set; } = [];

    public string DisplayTitle => PlanRules.TitleOf(Title, FiscalYear);
}

public enum PlanStatus
{
    /// <summary>Still being written; nothing is on the website.</summary>
    Draft = 1,

    /// <summary>Approved by the head of the office: on the website, projects fixed, progress reports open.</summary>
    Approved = 2,
}

/// <summary>The four dimensions (มิติ) of the commission's anti-corruption plan template for local administrations.</summary>
public enum PlanDimension
{
    /// <summary>มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต.</summary>
    IntolerantSociety = 1,

    /// <summary>มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต.</summary>
    Administration = 2,

    /// <summary>มิติที่ 3 การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน.</summary>
    PublicParticipation = 3,

    /// <summary>มิติที่ 4 การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการขององค์กรปกครองส่วนท้องถิ่น.</summary>
    Oversight = 4,
}

/// <summary>A project, activity or measure of the plan (โครงการ/กิจกรรม/มาตรการ).</summary>
public sealed class PlanProject : ITenantOwned, IDraftYearRow
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int PlanId { get; set; }
    public AntiCorruptionPlan? Plan { get; set; }

    public PlanDimension Dimension { get; set; }

    /// <summary>The project's name, e.g. "โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา และพนักงาน".</summary>
    public required string Name { get; set; }

    /// <summary>Its objective and target in words (วัตถุประสงค์/เป้าหมาย).</summary>
    public required string Objective { get; set; }

    /// <summary>The department in charge; null for the whole office.</summary>
    public int? DepartmentId { get; set; }

    /// <summary>The budget in baht; 0: the project uses no budget (ไม่ใช้งบประมาณ).</summary>
    public decimal Budget { get; set; }

    /// <summary>When it runs, in words (ระยะเวลาดำเนินการ), e.g. "ม.ค. – มี.ค. 2567".</summary>
    public string Period { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public List<ProjectReport> Reports { get; set; } = [];
}

/// <summary>What a project did by the end of a round: its state, the money spent, and what was done.</summary>
public sealed class ProjectReport : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int ProjectId { get; set; }

    /// <summary>Six months (to 31 March) or twelve (to 30 September): the rounds of the risk follow-ups.</summary>
    public FollowUpRound Round { get; set; }

    public ProjectStatus Status { get; set; }

    /// <summary>The budget actually spent in baht; null when not told.</summary>
    public decimal? Spent { get; set; }

    /// <summary>What was done (ผลการดำเนินการ), as the website shows it.</summary>
    public required string Result { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
    public string? RecordedByUserId { get; set; }
    public required string RecordedBy { get; set; }
}

public enum ProjectStatus
{
    NotStarted = 1,
    InProgress = 2,
    Done = 3,
    Cancelled = 4,
}

/// <summary>The lengths and years the forms, the use cases and the schema share.</summary>
public static class PlanRules
{
    /// <summary>The first fiscal year one may plan (older plans were on paper).</summary>
    public const int FirstYear = 2550;

    public const int Title = 300;
    public const int Name = 500;
    public const int Objective = 1_500;
    public const int Period = 200;
    public const int Result = 1_500;
    public const int Reason = 1_000;
    public const int Person = 200;

    public static string DefaultTitle(int fiscalYear) =>
        string.Create(CultureInfo.InvariantCulture, $"แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. {fiscalYear}");

    public static string TitleOf(string? title, int fiscalYear) => string.IsNullOrWhiteSpace(title) ? DefaultTitle(fiscalYear) : title;
}
