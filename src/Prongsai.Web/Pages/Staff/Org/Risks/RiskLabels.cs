using System.Globalization;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Organizations;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Risks;

/// <summary>
/// Words and addresses the risk pages share (the words of values come from Core's <see cref="RiskTexts"/>, as in the
/// downloads, on the website and in the audit trail).
/// </summary>
public static class RiskLabels
{
    public static string Category(RiskCategory category) => Lang.T(RiskTexts.Category(category), RiskTexts.CategoryEnglish(category));

    public static string Level(RiskLevel level) => Lang.T(RiskTexts.Level(level), RiskTexts.LevelEnglish(level));

    public static string Likelihood(int value) => Lang.T(RiskTexts.Likelihood(value), RiskTexts.LikelihoodEnglish(value));

    public static string Impact(int value) => Lang.T(RiskTexts.Impact(value), RiskTexts.ImpactEnglish(value));

    public static string Round(FollowUpRound round) => Lang.T(RiskTexts.Round(round), RiskTexts.RoundEnglish(round));

    /// <summary>"รอบ 6 เดือน", short, for a list's column.</summary>
    public static string RoundShort(FollowUpRound round) => round == FollowUpRound.HalfYear
        ? Lang.T("รอบ 6 เดือน", "6 months")
        : Lang.T("รอบ 12 เดือน", "12 months");

    public static string Progress(RiskProgress progress) => Lang.T(RiskTexts.Progress(progress), RiskTexts.ProgressEnglish(progress));

    public static string Outcome(RiskOutcome outcome) => Lang.T(RiskTexts.Outcome(outcome), RiskTexts.OutcomeEnglish(outcome));

    public static string Status(RiskAssessmentStatus status) => Lang.T(RiskTexts.Status(status), RiskTexts.StatusEnglish(status));

    /// <summary>A round's report in a few words for the list: its outcome, or that there is none yet.</summary>
    public static string FollowUpState(RiskFollowUp? followUp) => followUp is null
        ? Lang.T("ยังไม่รายงาน", "Not reported")
        : Outcome(followUp.Outcome);

    /// <summary>"คะแนน 12 ระดับสูง".</summary>
    public static string Score(CorruptionRisk risk) =>
        Lang.T($"คะแนน {Number(risk.Score)} ระดับ{RiskTexts.Level(risk.Level)}", $"score {Number(risk.Score)}, {RiskTexts.LevelEnglish(risk.Level).ToLowerInvariant()}");

    /// <summary>The department in charge, or the whole office.</summary>
    public static string Department(string? name) => Display.Department(name);

    /// <summary>The colour of a level (the words say it too, never the colour alone).</summary>
    public static string LevelClass(RiskLevel level) => level switch
    {
        RiskLevel.Low => "risk-low",
        RiskLevel.Medium => "risk-medium",
        RiskLevel.High => "risk-high",
        _ => "risk-very-high",
    };

    /// <summary>The traffic light of an outcome, as a level's tint (the words say it too).</summary>
    public static string OutcomeClass(RiskOutcome outcome) => outcome switch
    {
        RiskOutcome.Controlled => "risk-low",
        RiskOutcome.Watch => "risk-medium",
        _ => "risk-very-high",
    };

    public static string StatusClass(RiskAssessmentStatus status) =>
        status == RiskAssessmentStatus.Approved ? "status-published" : "status-draft";

    public static string Number(int value) => Display.Number(value);

    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>What the website shows of each risk once the head of the office approves the list.</summary>
    public static string WebsiteShows => Lang.T(
        "เมื่อผู้บริหารอนุมัติ เว็บไซต์จะแสดงกระบวนงาน ประเภท เหตุการณ์ความเสี่ยง โอกาส ผลกระทบ คะแนนและระดับความเสี่ยง การควบคุมที่มีอยู่ มาตรการ ผู้รับผิดชอบ และระยะเวลาดำเนินการ ไม่แสดงชื่อผู้บันทึก",
        "Once the head of the office approves, the website shows the process, category, risk event, likelihood, impact, score and level, existing controls, measures, who is in charge and the period; not who typed it.");

    public static string ListPath(string org) => $"/staff/{org}/risks";

    public static string YearPath(string org, int year) => string.Create(CultureInfo.InvariantCulture, $"/staff/{org}/risks?year={year}");

    public static string NewPath(string org, int year) => string.Create(CultureInfo.InvariantCulture, $"/staff/{org}/risks/new?year={year}");

    public static string RiskPath(string org, int id) => string.Create(CultureInfo.InvariantCulture, $"/staff/{org}/risks/{id}");

    public static string PublishPath(string org, int year) => string.Create(CultureInfo.InvariantCulture, $"/staff/{org}/risks/year/{year}/publish");

    public static string UnpublishPath(string org, int year) => string.Create(CultureInfo.InvariantCulture, $"/staff/{org}/risks/year/{year}/unpublish");

    public static string PublicPath(string org, int year) => string.Create(CultureInfo.InvariantCulture, $"/{org}/risks/{year}");
}

/// <summary>The risk form as typed (choices left empty or mistyped arrive as null and are refused beside their field).</summary>
public sealed class RiskForm
{
    public string? Process { get; set; }
    public RiskCategory? Category { get; set; }
    public string? Description { get; set; }
    public int? Likelihood { get; set; }
    public int? Impact { get; set; }
    public string? ExistingControls { get; set; }
    public string? Measures { get; set; }
    public int? DepartmentId { get; set; }
    public string? Period { get; set; }

    /// <summary>The risk's edit count, as drawn and posted back (<see cref="Infrastructure.EditConflicts"/>).</summary>
    public int? EditVersion { get; set; }

    public RiskInput ToInput() =>
        new(Process, Category, Description, Likelihood, Impact, ExistingControls, Measures, DepartmentId, Period) { EditVersion = EditVersion };

    public static RiskForm From(CorruptionRisk risk) => new()
    {
        Process = risk.Process,
        Category = risk.Category,
        Description = risk.Description,
        Likelihood = risk.Likelihood,
        Impact = risk.Impact,
        ExistingControls = risk.ExistingControls,
        Measures = risk.Measures,
        DepartmentId = risk.DepartmentId,
        Period = risk.Period,
        EditVersion = risk.EditVersion,
    };
}

/// <summary>What the risk form's fields need: what was typed, the form's name prefix, and the departments the member may choose.</summary>
public sealed record RiskFields(RiskForm Input, string Prefix, IReadOnlyList<DepartmentChoice> Departments);

/// <summary>A round's follow-up as typed.</summary>
public sealed class FollowUpForm
{
    public RiskProgress? Progress { get; set; }
    public RiskOutcome? Outcome { get; set; }
    public string? Result { get; set; }

    public FollowUpInput ToInput() => new(Progress, Outcome, Result);

    public static FollowUpForm From(RiskFollowUp? followUp) => followUp is null
        ? new FollowUpForm()
        : new FollowUpForm { Progress = followUp.Progress, Outcome = followUp.Outcome, Result = followUp.Result };
}

/// <summary>What one round's follow-up form needs: what was typed, the round, the form's prefix and handler, and the key of its ids.</summary>
public sealed record FollowUpFields(FollowUpForm Input, FollowUpRound Round, string Prefix, string Handler, string Key);
