using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.AntiCorruption;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Money;
using Prongsai.Core.Organizations;
using Prongsai.Documents.AntiCorruption;
using Prongsai.Documents.Pdf;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.AntiCorruption;

/// <summary>
/// Words and addresses the plan's pages share (the words of values come from Core's <see cref="PlanTexts"/>, as in the
/// downloads, on the website and in the audit trail).
/// </summary>
public static class PlanLabels
{
    public static string Dimension(PlanDimension dimension) => Lang.T(PlanTexts.Dimension(dimension), PlanTexts.DimensionEnglish(dimension));

    public static string Status(ProjectStatus status) => Lang.T(PlanTexts.Status(status), PlanTexts.StatusEnglish(status));

    public static string PlanState(PlanStatus status) => Lang.T(PlanTexts.PlanState(status), PlanTexts.PlanStateEnglish(status));

    public static string StateClass(PlanStatus status) => status == PlanStatus.Approved ? "status-published" : "status-draft";

    public static string Report(FollowUpRound round) => Lang.T(PlanTexts.Report(round), PlanTexts.ReportEnglish(round));

    /// <summary>"รอบ 6 เดือน", short, for a list's column.</summary>
    public static string RoundShort(FollowUpRound round) => round == FollowUpRound.HalfYear
        ? Lang.T("รอบ 6 เดือน", "6 months")
        : Lang.T("รอบ 12 เดือน", "12 months");

    public static string RoundId(FollowUpRound round) => round == FollowUpRound.HalfYear ? "round-6" : "round-12";

    /// <summary>A round's report in a few words for the list: the project's state, or that there is none yet.</summary>
    public static string ReportState(ProjectReport? report) => report is null ? Lang.T("ยังไม่รายงาน", "Not reported") : Status(report.Status);

    public static string Budget(decimal budget) => budget == 0 ? Lang.T("ไม่ใช้งบประมาณ", "No budget") : Money(budget);

    public static string Money(decimal amount) => Lang.T(ThaiMoney.Format(amount) + " บาท", ThaiMoney.Format(amount) + " baht");

    public static string Spent(decimal? spent) => spent is { } s ? Money(s) : "–";

    /// <summary>The department in charge, or the whole office.</summary>
    public static string Department(string? name) => Display.Department(name);

    public static string Number(int value) => Display.Number(value);

    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>What the website shows of each project once the head of the office approves the plan.</summary>
    public static string WebsiteShows => Lang.T(
        "เมื่อผู้บริหารอนุมัติ เว็บไซต์จะแสดงมิติ ชื่อโครงการ วัตถุประสงค์ งบประมาณ ผู้รับผิดชอบ ระยะเวลา และผลการดำเนินการแต่ละรอบ ไม่แสดงชื่อผู้บันทึก",
        "Once the head of the office approves, the website shows the dimension, project, objective, budget, who is in charge, the period and each round's report; not who typed it.");

    public static string YearPath(string org, int year) => string.Create(CultureInfo.InvariantCulture, $"/staff/{org}/anti-corruption?year={year}");

    public static string NewPath(string org, int year) => string.Create(CultureInfo.InvariantCulture, $"/staff/{org}/anti-corruption/new?year={year}");

    public static string ProjectPath(string org, int id) => string.Create(CultureInfo.InvariantCulture, $"/staff/{org}/anti-corruption/{id}");

    public static string PublishPath(string org, int year) => string.Create(CultureInfo.InvariantCulture, $"/staff/{org}/anti-corruption/year/{year}/publish");

    public static string UnpublishPath(string org, int year) => string.Create(CultureInfo.InvariantCulture, $"/staff/{org}/anti-corruption/year/{year}/unpublish");

    public static string PublicPath(string org, int year) => string.Create(CultureInfo.InvariantCulture, $"/{org}/anti-corruption/{year}");

    public static string FileStem(int year) => string.Create(CultureInfo.InvariantCulture, $"anti-corruption-plan-{year}");
}

/// <summary>The printed plan (<see cref="AntiCorruptionPlanForm"/>) as the staff list and the website hand it out (<see cref="FormDownloads"/>).</summary>
public static class PlanPrint
{
    public static FileContentResult Docx(string organizationName, PlanYear year, string fileStem) =>
        FormDownloads.Docx(AntiCorruptionPlanForm.For(organizationName, year), fileStem);

    public static Task<IActionResult> PdfAsync(
        IPdfConverter converter, string organizationName, PlanYear year, string fileStem, CancellationToken cancellationToken) =>
        FormDownloads.PdfAsync(converter, AntiCorruptionPlanForm.For(organizationName, year), fileStem, cancellationToken);

    public static FileContentResult Csv(PlanYear year, string fileStem) =>
        new(PlanBoard.Csv(year), "text/csv; charset=utf-8") { FileDownloadName = fileStem + ".csv" };
}

/// <summary>The project form as typed (choices left empty or mistyped arrive as null and are refused beside their field).</summary>
public sealed class ProjectForm
{
    public PlanDimension? Dimension { get; set; }
    public string? Name { get; set; }
    public string? Objective { get; set; }
    public int? DepartmentId { get; set; }
    public string? Budget { get; set; }
    public string? Period { get; set; }

    public ProjectInput ToInput() => new(Dimension, Name, Objective, DepartmentId, Budget, Period);

    public static ProjectForm From(PlanProject project) => new()
    {
        Dimension = project.Dimension,
        Name = project.Name,
        Objective = project.Objective,
        DepartmentId = project.DepartmentId,
        Budget = ThaiMoney.Format(project.Budget),
        Period = project.Period,
    };
}

/// <summary>What the project form's fields need: what was typed, the form's name prefix, and the departments the member may choose.</summary>
public sealed record ProjectFields(ProjectForm Input, string Prefix, IReadOnlyList<DepartmentChoice> Departments);

/// <summary>A round's progress report as typed.</summary>
public sealed class ProgressForm
{
    public ProjectStatus? Status { get; set; }
    public string? Spent { get; set; }
    public string? Result { get; set; }

    public ProgressInput ToInput() => new(Status, Spent, Result);

    public static ProgressForm From(ProjectReport? report) => report is null
        ? new ProgressForm()
        : new ProgressForm { Status = report.Status, Spent = report.Spent is { } s ? ThaiMoney.Format(s) : null, Result = report.Result };
}

/// <summary>What one round's progress form needs: what was typed, the round, the form's prefix and handler, and the key of its ids.</summary>
public sealed record ProgressFields(ProgressForm Input, FollowUpRound Round, string Prefix, string Handler, string Key);
