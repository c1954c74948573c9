using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Budget;
using Prongsai.Core.Calendar;
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
    private const string PendingYear = "budget-import-year";
    private const string PendingReplace = "budget-import-replace";

    [BindProperty]
    public int? FiscalYear { get; set; }

    [BindProperty]
    public bool Replace { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public BudgetImportOutcome? Preview { get; private set; }

    public void OnGet() => FiscalYear ??= Core.Calendar.FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;

    /// <summary>The template: the plan's columns with one example row (CSV), or the disbursements' columns.</summary>
    public IActionResult OnGetTemplate(string? kind)
    {
        OnGet();
        var year = FiscalYear!.Value.ToString(CultureInfo.InvariantCulture);
        if (kind == "disbursements")
        {
            return File(Core.Text.CsvFiles.ToFile(BudgetTable.DisbursementColumns, [[year, "ต.ค. " + (FiscalYear.Value - 1).ToString(CultureInfo.InvariantCulture), "วัสดุสำนักงาน", "12,500.00"]]),
                "text/csv; charset=utf-8", $"budget-disbursements-template-{year}.csv");
        }

        var header = BudgetTable.PlanColumns.Concat(BudgetNames.ShortMonths).ToList();
        IReadOnlyList<string> example = new[] { year, "00100 ด้านบริหารทั่วไป", "00110 แผนงานบริหารงานทั่วไป", "00111 งานบริหารทั่วไป", "งบดำเนินงาน", "ค่าวัสดุ", "วัสดุสำนักงาน", "กองคลัง", "120,000.00" }
            .Concat(Enumerable.Repeat("10,000.00", 12)).ToList();
        return File(Core.Text.CsvFiles.ToFile(header, [example]), "text/csv; charset=utf-8", $"budget-plan-template-{year}.csv");
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (FiscalYear is not (>= 2400 and <= 3000))
        {
            ModelState.AddModelError(nameof(FiscalYear), "ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2568");
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "กรุณาเลือกไฟล์ (.csv หรือ .xlsx)");
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
        var result = await import.RunAsync(new BudgetImportRequest(Actor, buffer, FiscalYear!.Value, DryRun: true, Replace: Replace), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return Refusal(result.Errors) ?? Page();
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

        var result = await import.RunAsync(new BudgetImportRequest(Actor, stored, year, Replace: Replace), HttpContext.RequestAborted);
        await stored.DisposeAsync();
        if (!result.Succeeded)
        {
            FiscalYear = year;
            return Refusal(result.Errors) ?? Page();
        }

        await Pending.DiscardAsync(HttpContext.RequestAborted);
        TempData.Remove(PendingYear);
        TempData.Remove(PendingReplace);
        var outcome = result.Value!;
        Flash = outcome.Kind == BudgetImportKind.Plan
            ? string.Create(CultureInfo.InvariantCulture, $"นำเข้าแผนแล้ว {outcome.Lines.Count} รายการ คำเตือน {outcome.Warnings.Count} รายการ")
            : string.Create(CultureInfo.InvariantCulture, $"นำเข้าผลการเบิกจ่ายแล้ว {outcome.Disbursements.Count} แถว คำเตือน {outcome.Warnings.Count} รายการ");
        return Redirect($"/staff/{Org.Slug}/budget/{year}");
    }

    private PendingImport Pending => PendingImport("budget", files);
}
