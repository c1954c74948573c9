using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Calendar;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Documents.Pdf;
using Prongsai.Documents.Requests;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Risks;

/// <summary>
/// A fiscal year's corruption risk assessment (การประเมินความเสี่ยงการทุจริต): its state in words (a draft, with the
/// reason it was opened again; or approved, by whom and when, and on the website), the five-by-five matrix of how many
/// risks fall in each cell, and the risks with their score, level, department and follow-up reports. The working group
/// adds risks to a draft; the head of the office approves it or opens it again through a confirmation page. Everyone
/// in the back office reads it and downloads it as CSV or Excel, or as the form to sign (Word, PDF; a draft says
/// "ร่าง" at its top).
/// </summary>
public sealed class IndexModel(RiskBoard board, IPdfConverter pdf, TimeProvider clock) : StaffPageModel
{
    /// <summary>The fiscal year in พ.ศ.; none: the current one.</summary>
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public int FiscalYear { get; private set; }
    public int CurrentYear { get; private set; }
    public RiskYear Assessment { get; private set; } = null!;

    /// <summary>Years that have an assessment, the current and the next one, and the one shown; newest first.</summary>
    public IReadOnlyList<int> YearChoices { get; private set; } = [];

    public bool Approved => Assessment.Approved;

    /// <summary>Risks may be added: a draft (or none yet) of a year one may assess, by a member of the working group.</summary>
    public bool MayAdd => !Approved && Actor.Has(RisksPermissions.AssessRisks)
        && FiscalYear >= RiskRules.FirstYear && FiscalYear <= CurrentYear + 1;

    public bool MayApprove => !Approved && Assessment.Lines.Count > 0 && Actor.Has(RisksPermissions.ApproveRiskAssessment);

    public bool MayReopen => Approved && Actor.Has(RisksPermissions.ApproveRiskAssessment);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await ReadAsync() is { } refused)
        {
            return refused;
        }

        var years = (await board.YearsAsync(HttpContext.RequestAborted)).Select(y => y.FiscalYear)
            .Concat([CurrentYear, CurrentYear + 1, FiscalYear]);
        YearChoices = years.Distinct().OrderDescending().ToList();
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        if (await ReadAsync() is { } refused)
        {
            return refused;
        }

        return File(RiskBoard.Csv(Assessment), "text/csv; charset=utf-8", FileName("csv"));
    }

    public async Task<IActionResult> OnGetXlsxAsync()
    {
        if (await ReadAsync() is { } refused)
        {
            return refused;
        }

        var (header, rows) = RiskBoard.Table(Assessment);
        using var buffer = new MemoryStream();
        TableXlsxWriter.Write(buffer, "ความเสี่ยงการทุจริต " + RiskLabels.Year(FiscalYear), header, rows,
            ("ลำดับ", ColumnKind.Count), ("โอกาส (1-5)", ColumnKind.Count), ("ผลกระทบ (1-5)", ColumnKind.Count), ("คะแนน", ColumnKind.Count));
        return File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName("xlsx"));
    }

    public async Task<IActionResult> OnGetDocxAsync() =>
        await ReadAsync() ?? (IActionResult)RiskPrint.Docx(Org.Name, Assessment, FileStem);

    public async Task<IActionResult> OnGetPdfAsync() =>
        await ReadAsync() ?? await RiskPrint.PdfAsync(pdf, Org.Name, Assessment, FileStem, HttpContext.RequestAborted);

    public string DownloadUrl(string handler) => RiskLabels.YearPath(Org.Slug, FiscalYear) + "&handler=" + handler;

    private string FileStem => $"corruption-risks-{RiskLabels.Year(FiscalYear)}";

    private string FileName(string extension) => FileStem + "." + extension;

    /// <summary>400 for a year that is not one (a hand-edited address); else the year's assessment.</summary>
    private async Task<BadRequestResult?> ReadAsync()
    {
        if (!ModelState.IsValid || Year is < 2400 or > 3000)
        {
            return BadRequest();
        }

        CurrentYear = global::Prongsai.Core.Calendar.FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;
        FiscalYear = Year ?? CurrentYear;
        Assessment = await board.YearAsync(FiscalYear, HttpContext.RequestAborted);
        return null;
    }
}
