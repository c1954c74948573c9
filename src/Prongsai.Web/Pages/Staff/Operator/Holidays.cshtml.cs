using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Calendar;
using Prongsai.Core.Calendar.Holidays;
using Prongsai.Core.Common;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Operator;

/// <summary>
/// The platform Operator keeps the public-holiday calendar that working-day deadlines skip: imports the yearly
/// official list (CSV) and adds the days the cabinet declares later.
/// </summary>
[RequestSizeLimit(MaxUpload + (64 * 1024))]
public sealed class HolidaysModel(ManagePublicHolidays holidays, StaffSession session, TimeProvider clock) : PageModel
{
    public const long MaxUpload = 256 * 1024;

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty(Name = "date")] public string? Date { get; set; }
    [BindProperty] public string? Name { get; set; }

    public int ShownYear => Year ?? BangkokTime.Today(clock).Year + FiscalYear.BuddhistEraOffset;
    public IReadOnlyList<PublicHoliday> Days { get; private set; } = [];

    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync() => Days = await holidays.ListAsync(ShownYear, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostImportAsync()
    {
        if (Upload is null || Upload.Length == 0)
        {
            return await ShowErrorAsync(Error.Invalid(Lang.T("กรุณาเลือกไฟล์วันหยุด (.csv: วันที่,ชื่อวันหยุด)", "Please choose a holiday file (.csv: date,holiday name)."), nameof(Upload)));
        }

        if (Upload.Length > MaxUpload)
        {
            return await ShowErrorAsync(Error.Invalid(Lang.T("ไฟล์ใหญ่เกินกำหนด (ไม่เกิน 256 KB)", "The file is too large (256 KB at most)."), nameof(Upload)));
        }

        string text;
        try
        {
            using var reader = new StreamReader(Upload.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true));
            text = await reader.ReadToEndAsync(HttpContext.RequestAborted);
        }
        catch (DecoderFallbackException)
        {
            return await ShowErrorAsync(Error.Invalid(
                Lang.T("ไฟล์ต้องบันทึกเป็น UTF-8 (ใน Excel: บันทึกเป็น CSV UTF-8)", "The file must be saved as UTF-8 (in Excel: save as CSV UTF-8)."), nameof(Upload)));
        }

        var actor = await session.GetActorAsync(HttpContext.RequestAborted);
        var result = await holidays.ImportAsync(actor, text, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return await ShowErrorAsync([.. result.Errors]);
        }

        var years = string.Join(", ", result.Value!.BuddhistYears);
        Message = Lang.T($"นำเข้าวันหยุดแล้ว {result.Value.Imported} วัน (ปี พ.ศ. {years})",
            $"Imported {result.Value.Imported} holidays (Buddhist-era years {years}).");
        return RedirectToPage(new { year = result.Value.BuddhistYears[0] });
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        var actor = await session.GetActorAsync(HttpContext.RequestAborted);
        var result = await holidays.AddAsync(actor, Date, Name, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return await ShowErrorAsync([.. result.Errors]);
        }

        var day = result.Value!.Date;
        Message = Lang.T($"เพิ่ม {result.Value.Name} วันที่ {ThaiDate.FormatLong(day)} แล้ว", $"Added {result.Value.Name} on {ThaiDate.FormatEnglish(day)}.");
        return RedirectToPage(new { year = day.Year + FiscalYear.BuddhistEraOffset });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id)
    {
        var actor = await session.GetActorAsync(HttpContext.RequestAborted);
        var result = await holidays.RemoveAsync(actor, id, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return await ShowErrorAsync([.. result.Errors]);
        }

        Message = Lang.T($"ลบ {result.Value!.Name} วันที่ {ThaiDate.FormatLong(result.Value.Date)} ออกจากปฏิทินแล้ว",
            $"Removed {result.Value.Name} on {ThaiDate.FormatEnglish(result.Value.Date)} from the calendar.");
        return RedirectToPage(new { year = result.Value.Date.Year + FiscalYear.BuddhistEraOffset });
    }

    private async Task<IActionResult> ShowErrorAsync(params Error[] errors)
    {
        if (UseCaseErrors.ForPage(this, errors) is { } refusal)
        {
            return refusal;
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        await OnGetAsync();
        return Page();
    }
}
