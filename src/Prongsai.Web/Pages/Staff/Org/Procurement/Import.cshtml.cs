using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Common;
using Prongsai.Core.Finance;
using Prongsai.Core.Procurement.Import;
using Prongsai.Core.Storage;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Procurement;

/// <summary>Upload a สขร.1 CSV/XLSX → preview with every warning and error (line and column) → confirm; all lines or none.</summary>
[RequirePermissionToChange(FinancePermissions.EditFinance)]
public sealed class ImportModel(ImportProcurementRecords import, IFileStore files, IUploadedTables tables) : StaffPageModel
{
    [FromRoute] public int FiscalYear { get; set; }

    [BindProperty] public IFormFile? Upload { get; set; }

    public ProcurementImportPreview? Preview { get; private set; }

    /// <summary>The preview is of the file kept earlier, shown again because the clerk came back to the page.</summary>
    public bool Resumed { get; private set; }

    /// <summary>The empty form, or the preview of the file kept earlier for this year and not yet imported.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        if (!ProcurementPages.ValidYear(FiscalYear))
        {
            return NotFound();
        }

        if (Actor.Has(FinancePermissions.EditFinance) && Pending.Choices is { } kept && kept.Year == FiscalYear)
        {
            await ResumeAsync();
        }

        return Page();
    }

    /// <summary>An empty template with the สขร.1 columns and one example line.</summary>
    public IActionResult OnGetTemplate()
    {
        var example = new[] { "1", "จัดซื้อวัสดุสำนักงาน", "12,000.00", "12,000.00", "เฉพาะเจาะจง", "บริษัท ก จำกัด 11,500.00 บาท\nร้าน ข 11,800.00 บาท",
            "บริษัท ก จำกัด 11,500.00 บาท", "ราคาต่ำสุด", "เลขที่ 1/2568 ลงวันที่ 5 ต.ค. 2567", "", "ต.ค. 2567" };
        return File(Core.Text.CsvFiles.ToFile(ProcurementColumns.All, [example]), "text/csv; charset=utf-8", "sorkhor1-template.csv");
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (!ProcurementPages.ValidYear(FiscalYear))
        {
            return NotFound();
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), Lang.T("กรุณาเลือกไฟล์ สขร.1 (.csv หรือ .xlsx)", "Choose the monthly procurement summary file (.csv or .xlsx)"));
            return Unprocessable();
        }

        if (Upload.Length > ProcurementRowReader.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), UploadMessages.TableTooLarge(ProcurementRowReader.MaxBytes));
            return Unprocessable();
        }

        await Pending.DiscardAsync(HttpContext.RequestAborted);
        using var buffer = new MemoryStream();
        await using (var upload = Upload.OpenReadStream())
        {
            await upload.CopyToAsync(buffer, HttpContext.RequestAborted);
        }

        var result = await RunAsync(buffer.ToArray(), dryRun: true);
        if (result is not null)
        {
            return result;
        }

        if (Preview!.CanImport)
        {
            buffer.Position = 0;
            await Pending.KeepAsync(buffer, new Choices(FiscalYear), HttpContext.RequestAborted);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync()
    {
        // The file comes from the signed TempData cookie, never from the form; the year must be the one previewed.
        if (Pending.Choices is not { } kept || kept.Year != FiscalYear)
        {
            return NoKeptImport();
        }

        byte[] bytes;
        await using (var stored = await Pending.OpenAsync(HttpContext.RequestAborted))
        {
            if (stored is null)
            {
                return NoKeptImport();
            }

            using var buffer = new MemoryStream();
            await stored.CopyToAsync(buffer, HttpContext.RequestAborted);
            bytes = buffer.ToArray();
        }

        var result = await RunAsync(bytes, dryRun: false);
        if (result is not null)
        {
            return result;
        }

        if (!Preview!.CanImport)
        {
            return Page();
        }

        await Pending.DiscardAsync(HttpContext.RequestAborted);
        Flash = Lang.T(
            string.Create(CultureInfo.InvariantCulture, $"นำเข้าแล้ว {Preview.Rows.Count} รายการ (ยังไม่เผยแพร่จนกว่าผู้บริหารอนุมัติ)"),
            string.Create(CultureInfo.InvariantCulture, $"Imported {Preview.Rows.Count} records (not published until an Executive approves them)."));
        return Redirect(ProcurementPages.Path(Org.Slug, FiscalYear));
    }

    /// <summary>Cancel on the preview: the kept file is deleted, and the page is empty again.</summary>
    public async Task<IActionResult> OnPostDiscardAsync()
    {
        if (!ProcurementPages.ValidYear(FiscalYear))
        {
            return NotFound();
        }

        await Pending.DiscardAsync(HttpContext.RequestAborted);
        Flash = PendingImportTexts.Discarded;
        return Redirect(ProcurementPages.Path(Org.Slug, FiscalYear) + "/import");
    }

    private PendingImport<Choices> Pending => PendingImport<Choices>("procurement", files);

    /// <summary>
    /// The kept file read again, as its upload was: the records may have changed meanwhile, so the preview is made now. A
    /// file gone or no longer importable is forgotten, and the page is empty.
    /// </summary>
    private async Task ResumeAsync()
    {
        Preview = await Pending.PreviewAgainAsync(async stored =>
        {
            var read = await tables.ReadAsync(stored, ProcurementRowReader.MaxBytes, HttpContext.RequestAborted);
            if (read.Problem is not null)
            {
                return null;
            }

            var result = await import.PreviewAsync(Actor, FiscalYear, read.Rows, HttpContext.RequestAborted);
            return result is { Succeeded: true, Value.CanImport: true } ? result.Value : null;
        }, HttpContext.RequestAborted);
        Resumed = Preview is not null;
    }

    /// <summary>What was chosen with the upload, kept with the file: the year it was previewed for.</summary>
    private sealed record Choices(int Year);

    private async Task<IActionResult?> RunAsync(byte[] bytes, bool dryRun)
    {
        var read = tables.Read(bytes);
        if (read.Problem is { } problem)
        {
            ModelState.AddModelError(nameof(Upload), problem);
            return Unprocessable();
        }

        var table = read.Rows;

        Result<ProcurementImportPreview> result = dryRun
            ? await import.PreviewAsync(Actor, FiscalYear, table, HttpContext.RequestAborted)
            : await import.ImportAsync(Actor, FiscalYear, table, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            if (Refusal(FormState.Posted(result.Errors, "file", nameof(Upload))) is { } refusal)
            {
                return refusal;
            }

            Response.StatusCode = FormState.RefusedStatus(result.Errors);
            return Page();
        }

        Preview = result.Value;
        return null;
    }

    /// <summary>The upload form again with what is wrong with the file beside it, 422.</summary>
    private IActionResult Unprocessable()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
