using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Budget;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Finance;
using Prongsai.Core.Storage;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Budget;

/// <summary>
/// Upload → preview of every line or disbursement with every warning → confirm. Nothing is saved before the
/// confirmation; the file waits in the file store, named in the signed TempData cookie, never in the form.
/// </summary>
[RequirePermissionToChange(FinancePermissions.EditFinance)]
public sealed class ImportModel(ImportBudget import, IFileStore files, TimeProvider clock) : StaffPageModel
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

    public BudgetImportOutcome? Preview { get; private set; }

    /// <summary>The preview is of the file kept earlier, shown again because the clerk came back to the page.</summary>
    public bool Resumed { get; private set; }

    /// <summary>The empty form, or the preview of the file kept earlier and not yet imported.</summary>
    public async Task OnGetAsync()
    {
        FiscalYear = ThisYear;
        if (Actor.Has(FinancePermissions.EditFinance) && Pending.Choices is { } kept)
        {
            await ResumeAsync(kept);
        }
    }

    /// <summary>The template: the plan's columns with one example row (CSV), or the disbursements' columns.</summary>
    public IActionResult OnGetTemplate(string? kind)
    {
        var year = ThisYear.ToString(CultureInfo.InvariantCulture);
        if (kind == "disbursements")
        {
            return File(Core.Text.CsvFiles.ToFile(BudgetTable.DisbursementColumns, [[year, "ต.ค. " + (ThisYear - 1).ToString(CultureInfo.InvariantCulture), "วัสดุสำนักงาน", "12,500.00"]]),
                "text/csv; charset=utf-8", $"budget-disbursements-template-{year}.csv");
        }

        var header = BudgetTable.PlanColumns.Concat(BudgetNames.ShortMonths).ToList();
        IReadOnlyList<string> example = new[] { year, "00100 ด้านบริหารทั่วไป", "00110 แผนงานบริหารงานทั่วไป", "00111 งานบริหารทั่วไป", "งบดำเนินงาน", "ค่าวัสดุ", "วัสดุสำนักงาน", "กองคลัง", "120,000.00" }
            .Concat(Enumerable.Repeat("10,000.00", 12)).ToList();
        return File(Core.Text.CsvFiles.ToFile(header, [example]), "text/csv; charset=utf-8", $"budget-plan-template-{year}.csv");
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        FiscalYear = ThaiDateFields.ReadFiscalYear(ModelState, nameof(FiscalYear), TypedYear);

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), Lang.T("กรุณาเลือกไฟล์ (.csv หรือ .xlsx)", "Please choose a file (.csv or .xlsx)."));
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
        var result = await import.RunAsync(new BudgetImportRequest(Actor, buffer, FiscalYear!.Value, DryRun: true, Replace: Replace), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            // The use case calls the fields "file", "replace" and "fiscalYear": each message goes beside the field as posted.
            var errors = FormState.Posted(FormState.Posted(result.Errors, "file", nameof(Upload)), "replace", nameof(Replace));
            return Refused(FormState.Posted(errors, "fiscalYear", nameof(FiscalYear)));
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

        var result = await import.RunAsync(new BudgetImportRequest(Actor, stored, year, Replace: Replace), HttpContext.RequestAborted);
        await stored.DisposeAsync();
        if (!result.Succeeded)
        {
            FiscalYear = year;
            return Refused(result.Errors);
        }

        await Pending.DiscardAsync(HttpContext.RequestAborted);
        var outcome = result.Value!;
        Flash = outcome.Kind == BudgetImportKind.Plan
            ? Lang.T(
                string.Create(CultureInfo.InvariantCulture, $"นำเข้าแผนแล้ว {outcome.Lines.Count} รายการ คำเตือน {outcome.Warnings.Count} รายการ"),
                string.Create(CultureInfo.InvariantCulture, $"Imported the plan: {outcome.Lines.Count} lines, {outcome.Warnings.Count} warnings."))
            : Lang.T(
                string.Create(CultureInfo.InvariantCulture, $"นำเข้าผลการเบิกจ่ายแล้ว {outcome.Disbursements.Count} แถว คำเตือน {outcome.Warnings.Count} รายการ"),
                string.Create(CultureInfo.InvariantCulture, $"Imported the disbursements: {outcome.Disbursements.Count} rows, {outcome.Warnings.Count} warnings."));
        return Redirect($"/staff/{Org.Slug}/budget/{year}");
    }

    /// <summary>Cancel on the preview: the kept file is deleted, and the page is empty again.</summary>
    public async Task<IActionResult> OnPostDiscardAsync()
    {
        await Pending.DiscardAsync(HttpContext.RequestAborted);
        Flash = PendingImportTexts.Discarded;
        return Redirect($"/staff/{Org.Slug}/budget/import");
    }

    /// <summary>
    /// The kept file read again, as its upload was: the plan may have changed meanwhile, so the preview is made now. A file
    /// gone or no longer accepted is forgotten, and the page is empty.
    /// </summary>
    private async Task ResumeAsync(Choices kept)
    {
        Preview = await Pending.PreviewAgainAsync(async stored =>
        {
            var result = await import.RunAsync(new BudgetImportRequest(Actor, stored, kept.Year, DryRun: true, Replace: kept.Replace), HttpContext.RequestAborted);
            return result.Succeeded ? result.Value : null;
        }, HttpContext.RequestAborted);
        if (Preview is not null)
        {
            (FiscalYear, Replace, Resumed) = (kept.Year, kept.Replace, true);
        }
    }

    private int ThisYear => Core.Calendar.FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;

    private PendingImport<Choices> Pending => PendingImport<Choices>("budget", files);

    /// <summary>What was chosen with the upload, kept with the file.</summary>
    private sealed record Choices(int Year, bool Replace);

    /// <summary>The page again with the use case's errors (beside their fields on the upload form), 409 or 422.</summary>
    private IActionResult Refused(IReadOnlyList<Error> errors)
    {
        if (Refusal(errors) is { } refusal)
        {
            return refusal;
        }

        Response.StatusCode = FormState.RefusedStatus(errors);
        return Page();
    }
}
