using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Organizations;
using Prongsai.Core.Storage;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;
using Prongsai.Core.Measures;

namespace Prongsai.Web.Pages.Staff.Org.Measures;

/// <summary>Upload → preview of what will be saved, with every warning → confirm. Nothing is saved before the confirmation.</summary>
[RequirePermissionToChange(MeasurePermissions.ManageMeasurePlan)]
public sealed class ImportModel(ImportReport import, IFileStore files, TimeProvider clock, Prongsai.Core.Measures.Reports.IReportDocuments documents) : StaffPageModel
{
    private const string PendingYear = "measures-import-year";
    private const string PendingReplace = "measures-import-replace";

    [BindProperty]
    public int? FiscalYear { get; set; }

    [BindProperty]
    public bool Replace { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public List<string> CreateDepartments { get; set; } = [];

    /// <summary>A year-end results report: every measure is saved as done (ticked on the preview).</summary>
    [BindProperty]
    public bool MarkAllDone { get; set; }

    /// <summary>The preview ticks "all done" for the staff when every measure of the file reports results.</summary>
    public static bool LooksLikeResultsReport(ImportReportOutcome preview) =>
        preview.Report.Measures.Count > 0 && preview.Report.Measures.All(m => m.Results.Count > 0);

    public ImportReportOutcome? Preview { get; private set; }

    public void OnGet() => FiscalYear ??= Prongsai.Core.Calendar.FiscalYear.ForDate(Prongsai.Core.Calendar.BangkokTime.Today(clock)).BeYear;

    /// <summary>The template to fill: the import columns with one example row, as Excel or CSV.</summary>
    public IActionResult OnGetTemplate(string? format, int? fiscalYear)
    {
        OnGet();
        var year = fiscalYear is >= 2400 and <= 3000 ? fiscalYear.Value : FiscalYear!.Value;
        var example = ImportTemplate.Example(Org.Slug, year);
        using var output = new MemoryStream();
        var name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"measures-template-{year}");
        if (string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            documents.WriteCsv(example, output);
            return File(output.ToArray(), "text/csv; charset=utf-8", name + ".csv");
        }

        documents.WriteXlsx(example, output);
        return File(output.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (FiscalYear is not (>= 2400 and <= 3000))
        {
            ModelState.AddModelError(nameof(FiscalYear), "ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2567");
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "กรุณาเลือกไฟล์รายงาน (.txt, .json, .csv, .xlsx หรือ .docx)");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // A new upload replaces the one previewed before, whatever becomes of it.
        await Pending.DiscardAsync(HttpContext.RequestAborted);
        await using var upload = Upload!.OpenReadStream();
        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, HttpContext.RequestAborted);
        buffer.Position = 0;
        var result = await import.RunAsync(new ImportReportRequest(Actor, buffer, FiscalYear!.Value, Replace, DryRun: true), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            AddErrors(result.Errors);
            return Page();
        }

        buffer.Position = 0;
        await Pending.KeepAsync(buffer, HttpContext.RequestAborted);
        TempData[PendingYear] = FiscalYear.Value.ToString(CultureInfo.InvariantCulture);
        TempData[PendingReplace] = Replace ? "1" : "0";
        Preview = result.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync()
    {
        // The file and its fiscal year come from the signed TempData cookie, never from the form.
        if (Pending.Key is null || TempData.Peek(PendingYear) is not string yearText || TempData.Peek(PendingReplace) is not string replace
            || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            ModelState.AddModelError(string.Empty, "ไม่พบไฟล์ที่อัปโหลดไว้ (อาจหมดเวลา) กรุณาอัปโหลดใหม่");
            return Page();
        }

        // Replacing is the choice the preview showed, not whatever the confirmation's form says.
        Replace = replace == "1";
        await using var stored = await Pending.OpenAsync(HttpContext.RequestAborted);
        if (stored is null)
        {
            ModelState.AddModelError(string.Empty, "ไม่พบไฟล์ที่อัปโหลดไว้ กรุณาอัปโหลดใหม่");
            return Page();
        }

        var result = await import.RunAsync(
            new ImportReportRequest(Actor, stored, year, Replace, CreateDepartments: CreateDepartments.Count > 0,
                DepartmentsToCreate: CreateDepartments, MarkAllDone: MarkAllDone), HttpContext.RequestAborted);
        await stored.DisposeAsync();
        if (!result.Succeeded)
        {
            FiscalYear = year;
            AddErrors(result.Errors);
            return Page();
        }

        await Pending.DiscardAsync(HttpContext.RequestAborted);
        TempData.Remove(PendingYear);
        TempData.Remove(PendingReplace);
        Flash = string.Create(CultureInfo.InvariantCulture,
            $"นำเข้าแล้ว {result.Value!.Report.Measures.Count} มาตรการ คำเตือน {result.Value.Warnings.Count} รายการ{(MarkAllDone ? " ทุกมาตรการบันทึกเป็นดำเนินการแล้วเสร็จ" : "")}");
        return Redirect($"/staff/{Org.Slug}/measures/{year}");
    }

    private PendingImport Pending => PendingImport("measures", files);
}
