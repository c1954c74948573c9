using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.ServiceStatistics;
using Prongsai.Core.Storage;
using Prongsai.Core.Text;
using Prongsai.Documents.Requests;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.ServiceStatistics;

/// <summary>
/// A fiscal year's figures from a spreadsheet (/service-statistics/import/2568): upload → a preview of every service,
/// month and figure with what each box would change, every warning and every error → confirm, saved all together or not
/// at all. The file waits in the file store between the steps, named in the signed TempData cookie with what the preview
/// showed, never in the form; "check again" reads it again with other choices. Templates for the year as .xlsx and CSV.
/// </summary>
[RequirePermissionToChange(ServiceStatisticsPermissions.RecordServiceStatistics)]
public sealed class ImportModel(ImportServiceCounts import, ServiceStatisticsBoard board, IFileStore files, TimeProvider clock) : StaffPageModel
{
    [FromRoute] public int FiscalYear { get; set; }

    [BindProperty] public IFormFile? Upload { get; set; }

    /// <summary>A name not in the office's list becomes a new service (default: it is an error).</summary>
    [BindProperty] public bool AddNewServices { get; set; }

    /// <summary>An empty box removes a figure already recorded (default: it leaves it as it is).</summary>
    [BindProperty] public bool EmptyClears { get; set; }

    public ServiceCountsImportPreview? Preview { get; private set; }

    /// <summary>The figures changed between the preview and the confirmation: the new preview is shown instead.</summary>
    public string? ChangedMeanwhile { get; private set; }

    public bool MayRecord => Actor.Has(ServiceStatisticsPermissions.RecordServiceStatistics);

    /// <summary>The preview is of the file kept earlier, shown again because the clerk came back to the page.</summary>
    public bool Resumed { get; private set; }

    /// <summary>The empty form, or for a recorder the preview of the file kept earlier for this year and not yet imported.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        if (!ValidYear)
        {
            return NotFound();
        }

        if (MayRecord && KeptForThisYear is { } kept)
        {
            await ResumeAsync(kept);
        }

        return Page();
    }

    /// <summary>The year's template: the services with an empty box per month, as Excel (?format=xlsx) or CSV.</summary>
    public async Task<IActionResult> OnGetTemplateAsync(string? format)
    {
        if (!ValidYear || format is not ("xlsx" or "csv"))
        {
            return NotFound();
        }

        var (header, rows) = ServiceCountsTemplate.For(Actor, new FiscalYear(FiscalYear), await board.ServicesAsync(HttpContext.RequestAborted));
        var name = string.Create(CultureInfo.InvariantCulture, $"service-statistics-template-{Org.Slug}-{FiscalYear}.{format}");
        if (format == "csv")
        {
            return File(CsvFiles.ToFile(header, rows), "text/csv; charset=utf-8", name);
        }

        using var buffer = new MemoryStream();
        // The month columns are empty boxes to fill in: formatted as counts, so what the clerk types is a number.
        TableXlsxWriter.Write(buffer, "สถิติการให้บริการ", header, rows, [.. header.Skip(3).Select(month => (month, ColumnKind.Count))]);
        return File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (!ValidYear)
        {
            return NotFound();
        }

        if (Upload is null || Upload.Length == 0)
        {
            return Refused(nameof(Upload), Lang.T("กรุณาเลือกไฟล์ (.xlsx หรือ .csv)", "Please choose a file (.xlsx or .csv)."));
        }

        if (Upload.Length > ImportServiceCounts.MaxBytes)
        {
            return Refused(nameof(Upload), UploadMessages.TableTooLarge(ImportServiceCounts.MaxBytes));
        }

        using var buffer = new MemoryStream();
        await using (var upload = Upload.OpenReadStream())
        {
            await upload.CopyToAsync(buffer, HttpContext.RequestAborted);
        }

        await ForgetAsync();
        var choices = new ServiceCountsImportOptions(AddNewServices, EmptyClears);
        buffer.Position = 0;
        var result = await import.PreviewAsync(new ServiceCountsImportRequest(Actor, FiscalYear, buffer, choices), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return Refusal(FormState.Posted(result.Errors, "file", nameof(Upload))) ?? Answer();
        }

        if (result.Value!.Format.Length == 0)
        {
            // Not a table at all (an .xls, a PDF, too large): said beside the file box, nothing kept.
            return Refused(nameof(Upload), string.Join(" ", result.Value.Errors.Select(e => e.Message)));
        }

        // Read as a table: kept, so the clerk can check it again with other choices and confirm it.
        Preview = result.Value;
        buffer.Position = 0;
        await Pending.KeepAsync(buffer, Kept(Preview), HttpContext.RequestAborted);
        return Answer();
    }

    /// <summary>The kept file read again with the choices now ticked.</summary>
    public async Task<IActionResult> OnPostRecheckAsync()
    {
        if (!ValidYear)
        {
            return NotFound();
        }

        if (KeptForThisYear is null)
        {
            return Refused(string.Empty, PendingImportTexts.Gone);
        }

        var result = await RunAsync(new ServiceCountsImportOptions(AddNewServices, EmptyClears), fingerprint: null);
        return result ?? Answer();
    }

    public async Task<IActionResult> OnPostConfirmAsync()
    {
        if (!ValidYear)
        {
            return NotFound();
        }

        if (KeptForThisYear is not { } kept)
        {
            return Refused(string.Empty, PendingImportTexts.Gone);
        }

        // What is confirmed is what the preview showed: its choices and its writes, not whatever the form says now.
        (AddNewServices, EmptyClears) = (kept.AddNewServices, kept.EmptyClears);
        var refused = await RunAsync(new ServiceCountsImportOptions(AddNewServices, EmptyClears), kept.Fingerprint);
        if (refused is not null || Preview is not { Saved: true } saved)
        {
            return refused ?? Answer();
        }

        await ForgetAsync();
        Flash = Lang.T(
            $"นำเข้าสถิติการให้บริการ {ServiceStatisticsLabels.FiscalYearName(FiscalYear)} แล้ว: บันทึก {Display.Number(saved.Count(FigureChange.Added) + saved.Count(FigureChange.Changed))} ตัวเลข " +
            $"(แก้ไขตัวเลขเดิม {Display.Number(saved.Count(FigureChange.Changed))}) ลบ {Display.Number(saved.Count(FigureChange.Cleared))} เพิ่มบริการใหม่ {Display.Number(saved.NewServices)} บริการ",
            $"Imported: {Display.Number(saved.Count(FigureChange.Added) + saved.Count(FigureChange.Changed))} figures saved ({Display.Number(saved.Count(FigureChange.Changed))} replaced), " +
            $"{Display.Number(saved.Count(FigureChange.Cleared))} cleared, {Display.Number(saved.NewServices)} services added.");
        return Redirect(ServiceStatisticsLabels.YearPath(Org.Slug, FiscalYear));
    }

    /// <summary>Cancel on the preview: the kept file is deleted, and the page is empty again.</summary>
    public async Task<IActionResult> OnPostDiscardAsync()
    {
        if (!ValidYear)
        {
            return NotFound();
        }

        await ForgetAsync();
        Flash = PendingImportTexts.Discarded;
        return Redirect(ServiceStatisticsLabels.ImportPath(Org.Slug, FiscalYear));
    }

    /// <summary>The years a file can fill: the first the statistics answer for up to this one.</summary>
    private bool ValidYear =>
        FiscalYear >= ServiceStatisticsRules.FirstYear && FiscalYear <= Core.Calendar.FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;

    private PendingImport<Choices> Pending => PendingImport<Choices>("service-statistics", files);


    /// <summary>Reads the kept file again; null when the page shows the preview (or what was saved), else the refusal.</summary>
    private async Task<IActionResult?> RunAsync(ServiceCountsImportOptions choices, string? fingerprint)
    {
        await using var stored = await Pending.OpenAsync(HttpContext.RequestAborted);
        if (stored is null)
        {
            await ForgetAsync();
            return Refused(string.Empty, PendingImportTexts.Gone);
        }

        var request = new ServiceCountsImportRequest(Actor, FiscalYear, stored, choices);
        var result = fingerprint is null
            ? await import.PreviewAsync(request, HttpContext.RequestAborted)
            : await import.ImportAsync(request, fingerprint, HttpContext.RequestAborted);
        if (result.Errors is [ConflictError conflict])
        {
            // The figures moved since the preview: show the file as it would be saved now, to confirm again.
            ChangedMeanwhile = conflict.Message;
            await stored.DisposeAsync();
            return await RunAsync(choices, fingerprint: null) ?? Answer(StatusCodes.Status409Conflict);
        }

        if (!result.Succeeded)
        {
            return Refusal(result.Errors) ?? Answer();
        }

        Preview = result.Value!;
        Remember(Preview);
        return null;
    }

    /// <summary>What is kept with the file, when it was kept for this year.</summary>
    private Choices? KeptForThisYear => Pending.Choices is { } kept && kept.Year == FiscalYear ? kept : null;

    /// <summary>What a confirmation saves: the file read with these choices, as long as the figures are still as it showed them.</summary>
    private Choices Kept(ServiceCountsImportPreview preview) =>
        new(FiscalYear, preview.Options.AddNewServices, preview.Options.EmptyClears, preview.Fingerprint);

    private void Remember(ServiceCountsImportPreview preview) => Pending.Choose(Kept(preview));

    /// <summary>
    /// The kept file read again with its choices: the figures may have changed meanwhile, so the preview is made now and it
    /// is what a confirmation saves. A preview with errors is shown too, as after the upload: the file stays kept for
    /// "check again" with other choices. A file gone or no longer read as a table is forgotten, and the page is empty.
    /// </summary>
    private async Task ResumeAsync(Choices kept)
    {
        Preview = await Pending.PreviewAgainAsync(async stored =>
        {
            var request = new ServiceCountsImportRequest(Actor, FiscalYear, stored, new ServiceCountsImportOptions(kept.AddNewServices, kept.EmptyClears));
            var result = await import.PreviewAsync(request, HttpContext.RequestAborted);
            return result is { Succeeded: true, Value.Format.Length: > 0 } ? result.Value : null;
        }, HttpContext.RequestAborted);
        if (Preview is not null)
        {
            (AddNewServices, EmptyClears, Resumed) = (Preview.Options.AddNewServices, Preview.Options.EmptyClears, true);
            Remember(Preview);
        }
    }

    /// <summary>Drops the kept file (a new upload replaces it; a saved one is done).</summary>
    private Task ForgetAsync() => Pending.DiscardAsync(HttpContext.RequestAborted);

    private PageResult Refused(string field, string message)
    {
        ModelState.AddModelError(field, message);
        return Answer(StatusCodes.Status422UnprocessableEntity);
    }

    /// <summary>The page: 422 when the file cannot be saved as it is (errors), else 200 (or the given status).</summary>
    private PageResult Answer(int? status = null)
    {
        Response.StatusCode = status ?? (Preview is { Errors.Count: > 0 } || !ModelState.IsValid ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK);
        return Page();
    }

    /// <summary>What was chosen with the upload, kept with the file: the year, the two choices, and the preview's fingerprint.</summary>
    private sealed record Choices(int Year, bool AddNewServices, bool EmptyClears, string Fingerprint);
}
