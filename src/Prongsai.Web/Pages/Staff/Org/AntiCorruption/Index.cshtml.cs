using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.AntiCorruption;
using Prongsai.Core.Calendar;
using Prongsai.Documents.Pdf;
using Prongsai.Documents.Requests;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.AntiCorruption;

/// <summary>
/// A fiscal year's anti-corruption action plan (แผนปฏิบัติการป้องกันการทุจริต): its title and state (a draft, with the
/// reason it was opened again; or approved, by whom and when), the projects per dimension with budgets and totals, each
/// project's two reports, and the rounds' figures. Those who write the plan add projects to a draft, name it (a slice of
/// a multi-year plan) and bring last year's projects over; the head of the office approves it or opens it again through
/// a confirmation page. Everyone in the back office reads it and downloads it (CSV, Excel, the form to sign as Word and
/// PDF; a draft says "ร่าง" at its top).
/// </summary>
[RequirePermissionToChange(PlanPermissions.WriteAntiCorruptionPlan)]
public sealed class IndexModel(PlanBoard board, SetPlanTitle setTitle, CopyProjectsFromLastYear copy, IPdfConverter pdf, TimeProvider clock)
    : StaffPageModel
{
    /// <summary>The fiscal year in พ.ศ.; none: the current one.</summary>
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    [BindProperty] public PlanTitleForm TitleInput { get; set; } = new();

    public int FiscalYear { get; private set; }
    public int CurrentYear { get; private set; }
    public PlanYear Plan { get; private set; } = null!;

    /// <summary>Years that have a plan, the current and the next one, and the one shown; newest first.</summary>
    public IReadOnlyList<int> YearChoices { get; private set; } = [];

    /// <summary>Last year's plan has projects this member could bring over.</summary>
    public bool LastYearHasProjects { get; private set; }

    public bool Approved => Plan.Approved;

    public bool Plannable => FiscalYear >= PlanRules.FirstYear && FiscalYear <= CurrentYear + 1;

    public bool MayAdd => !Approved && Plannable && Actor.Has(PlanPermissions.WriteAntiCorruptionPlan);

    public bool MayName => MayAdd && Actor.HasFor(PlanPermissions.WriteAntiCorruptionPlan, null);

    public bool MayApprove => !Approved && Plan.Lines.Count > 0 && Actor.Has(PlanPermissions.ApproveAntiCorruptionPlan);

    public bool MayReopen => Approved && Actor.Has(PlanPermissions.ApproveAntiCorruptionPlan);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostTitleAsync()
    {
        if (await ReadAsync() is { } refused)
        {
            return refused;
        }

        var result = await setTitle.RunAsync(Actor, FiscalYear, TitleInput.Title, HttpContext.RequestAborted);
        return await AnswerFormAsync(result, nameof(TitleInput), Lang.T("บันทึกชื่อแผนแล้ว", "The plan's title is saved."),
            PlanLabels.YearPath(Org.Slug, FiscalYear), async () => await LoadAsync() is null);
    }

    public async Task<IActionResult> OnPostCopyAsync()
    {
        if (await ReadAsync() is { } refused)
        {
            return refused;
        }

        var result = await copy.RunAsync(Actor, FiscalYear, HttpContext.RequestAborted);
        var flash = result.Succeeded && result.Value == 0
            ? Lang.T("โครงการของปีก่อนอยู่ในแผนปีนี้ครบแล้ว ไม่ได้เพิ่มซ้ำ", "Last year's projects are all in this year's plan already; nothing was added twice.")
            : Lang.T($"ยกโครงการจากปีก่อนมาแล้ว {PlanLabels.Number(result.Value)} โครงการ ตรวจและแก้ไขงบประมาณหรือระยะเวลาได้",
                $"{PlanLabels.Number(result.Value)} projects brought over from last year; check their budgets and periods.");
        return await AnswerFormAsync(result, "", flash, PlanLabels.YearPath(Org.Slug, FiscalYear), async () => await LoadAsync() is null);
    }

    public async Task<IActionResult> OnGetCsvAsync() =>
        await ReadAsync() ?? (IActionResult)PlanPrint.Csv(Plan, PlanLabels.FileStem(FiscalYear));

    public async Task<IActionResult> OnGetXlsxAsync()
    {
        if (await ReadAsync() is { } refused)
        {
            return refused;
        }

        var (header, rows) = PlanBoard.Table(Plan);
        using var buffer = new MemoryStream();
        TableXlsxWriter.Write(buffer, "แผนป้องกันการทุจริต " + PlanLabels.Year(FiscalYear), header, rows, ("ลำดับ", ColumnKind.Count),
            ("งบประมาณ (บาท)", ColumnKind.Money), ("ใช้งบประมาณ รอบ 6 เดือน (บาท)", ColumnKind.Money), ("ใช้งบประมาณ รอบ 12 เดือน (บาท)", ColumnKind.Money));
        return File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", PlanLabels.FileStem(FiscalYear) + ".xlsx");
    }

    public async Task<IActionResult> OnGetDocxAsync() =>
        await ReadAsync() ?? (IActionResult)PlanPrint.Docx(Org.Name, Plan, PlanLabels.FileStem(FiscalYear));

    public async Task<IActionResult> OnGetPdfAsync() =>
        await ReadAsync() ?? await PlanPrint.PdfAsync(pdf, Org.Name, Plan, PlanLabels.FileStem(FiscalYear), HttpContext.RequestAborted);

    public string DownloadUrl(string handler) => PlanLabels.YearPath(Org.Slug, FiscalYear) + "&handler=" + handler;

    private async Task<IActionResult?> LoadAsync()
    {
        if (await ReadAsync() is { } refused)
        {
            return refused;
        }

        TitleInput.Title ??= Plan.Plan?.Title;
        var years = (await board.YearsAsync(HttpContext.RequestAborted)).Concat([CurrentYear, CurrentYear + 1, FiscalYear]);
        YearChoices = years.Distinct().OrderDescending().ToList();
        if (MayAdd)
        {
            var previous = await board.YearAsync(FiscalYear - 1, HttpContext.RequestAborted);
            LastYearHasProjects = previous.Lines.Any(l => Actor.HasFor(PlanPermissions.WriteAntiCorruptionPlan, l.Project.DepartmentId));
        }

        return null;
    }

    /// <summary>400 for a year that is not one (a hand-edited address); else the year's plan.</summary>
    private async Task<BadRequestResult?> ReadAsync()
    {
        if (ModelState.GetFieldValidationState(nameof(Year)) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid
            || Year is < 2400 or > 3000)
        {
            return BadRequest();
        }

        CurrentYear = global::Prongsai.Core.Calendar.FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;
        FiscalYear = Year ?? CurrentYear;
        Plan = await board.YearAsync(FiscalYear, HttpContext.RequestAborted);
        return null;
    }
}

/// <summary>The plan's own title as typed (empty: the default title).</summary>
public sealed class PlanTitleForm
{
    public string? Title { get; set; }
}
