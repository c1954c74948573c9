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
    /// <summary>The year as typed ("2568", "๒๕๖๘"), sent as "FiscalYear": a mistyped one comes back as it was, with why.</summary>
    [BindProperty(Name = nameof(FiscalYear))]
    public string? TypedYear { get; set; }

    /// <summary>The year the typed one reads as, or the one kept with the previewed file.</summary>
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

    /// <summary>The preview is of the file kept earlier, shown again because the clerk came back to the page.</summary>
    public bool Resumed { get; private set; }

    /// <summary>The empty form, or the preview of the file kept earlier and not yet imported.</summary>
    public async Task OnGetAsync()
    {
        FiscalYear = ThisYear;
        if (Actor.Has(MeasurePermissions.ManageMeasurePlan) && Pending.Choices is { } kept)
        {
            await ResumeAsync(kept);
        }
    }

    /// <summary>The template to fill: the import columns with one example row, as Excel or CSV.</summary>
    public IActionResult OnGetTemplate(string? format, int? fiscalYear)
    {
        var year = fiscalYear is >= 2400 and <= 3000 ? fiscalYear.Value : ThisYear;
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
        FiscalYear = ThaiDateFields.ReadFiscalYear(ModelState, nameof(FiscalYear), TypedYear);

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), Lang.T("กรุณาเลือกไฟล์รายงาน (.txt, .json, .csv, .xlsx หรือ .docx)", "Please choose a report file (.txt, .json, .csv, .xlsx or .docx)."));
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
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
            AddErrors(FormState.Posted(result.Errors, "file", nameof(Upload)));
            Response.StatusCode = FormState.RefusedStatus(result.Errors);
            return Page();
        }

        buffer.Position = 0;
        await Pending.KeepAsync(buffer, new Choices(FiscalYear.Value, Replace), HttpContext.RequestAborted);
        Preview = result.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync()
    {
        // The file, its fiscal year and "replace" come from the signed TempData cookie, never from the form.
        if (Pending.Choices is not { } kept)
        {
            return NoKeptImport();
        }

        var year = kept.Year;
        Replace = kept.Replace;
        await using var stored = await Pending.OpenAsync(HttpContext.RequestAborted);
        if (stored is null)
        {
            return NoKeptImport();
        }

        var result = await import.RunAsync(
            new ImportReportRequest(Actor, stored, year, Replace, CreateDepartments: CreateDepartments.Count > 0,
                DepartmentsToCreate: CreateDepartments, MarkAllDone: MarkAllDone), HttpContext.RequestAborted);
        await stored.DisposeAsync();
        if (!result.Succeeded)
        {
            FiscalYear = year;
            AddErrors(result.Errors);
            Response.StatusCode = FormState.RefusedStatus(result.Errors);
            return Page();
        }

        await Pending.DiscardAsync(HttpContext.RequestAborted);
        Flash = Lang.T(
            string.Create(CultureInfo.InvariantCulture,
                $"นำเข้าแล้ว {result.Value!.Report.Measures.Count} มาตรการ คำเตือน {result.Value.Warnings.Count} รายการ{(MarkAllDone ? " ทุกมาตรการบันทึกเป็นดำเนินการแล้วเสร็จ" : "")}"),
            string.Create(CultureInfo.InvariantCulture,
                $"Imported {result.Value.Report.Measures.Count} measures with {result.Value.Warnings.Count} warnings{(MarkAllDone ? "; every measure is recorded as completed" : "")}."));
        return Redirect($"/staff/{Org.Slug}/measures/{year}");
    }

    /// <summary>Cancel on the preview: the kept file is deleted, and the page is empty again.</summary>
    public async Task<IActionResult> OnPostDiscardAsync()
    {
        await Pending.DiscardAsync(HttpContext.RequestAborted);
        Flash = PendingImportTexts.Discarded;
        return Redirect($"/staff/{Org.Slug}/measures/import");
    }

    /// <summary>
    /// The kept file read again, as its upload was: the plan may have changed meanwhile, so the preview is made now. A file
    /// gone or no longer accepted is forgotten, and the page is empty.
    /// </summary>
    private async Task ResumeAsync(Choices kept)
    {
        Preview = await Pending.PreviewAgainAsync(async stored =>
        {
            var result = await import.RunAsync(new ImportReportRequest(Actor, stored, kept.Year, kept.Replace, DryRun: true), HttpContext.RequestAborted);
            return result.Succeeded ? result.Value : null;
        }, HttpContext.RequestAborted);
        if (Preview is not null)
        {
            (FiscalYear, Replace, Resumed) = (kept.Year, kept.Replace, true);
        }
    }

    private int ThisYear => Prongsai.Core.Calendar.FiscalYear.ForDate(Prongsai.Core.Calendar.BangkokTime.Today(clock)).BeYear;

    private PendingImport<Choices> Pending => PendingImport<Choices>("measures", files);

    /// <summary>What was chosen with the upload, kept with the file.</summary>
    private sealed record Choices(int Year, bool Replace);
}
