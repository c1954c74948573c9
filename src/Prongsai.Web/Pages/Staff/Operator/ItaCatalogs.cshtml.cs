using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Ita.Catalogs;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Operator;

/// <summary>
/// The platform Operator uploads an ITA catalog file (JSON, or the flat CSV/XLSX sheet): "ตรวจสอบ" reads it and
/// shows the changes or every error with its line and column, saving nothing; "นำเข้า" saves it as the next revision.
/// The page also says which saved catalogs this release ships a different file for, and links to taking it.
/// </summary>
[RequestSizeLimit(MaxUpload + (64 * 1024))]
public sealed class ItaCatalogsModel(ItaCatalogs catalogs, ShippedCatalogUpdates shippedUpdates, ImportItaCatalog import, StaffSession session) : PageModel
{
    public const long MaxUpload = 5 * 1024 * 1024;

    public IReadOnlyList<CatalogListing> Catalogs { get; private set; } = [];

    /// <summary>Saved catalogs whose shipped file in this release differs (docs/ita-catalog.md).</summary>
    public IReadOnlyList<ShippedCatalogUpdate> Updates { get; private set; } = [];

    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string Variant { get; set; } = Core.Ita.Catalog.CatalogVersion.DefaultVariant;
    [BindProperty] public bool Save { get; set; }

    public ImportCatalogOutcome? Outcome { get; private set; }

    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync()
    {
        Catalogs = await catalogs.ListAsync(HttpContext.RequestAborted);
        Updates = await shippedUpdates.ListAsync(HttpContext.RequestAborted);
    }

    public static string UpdateUrl(ShippedCatalogUpdate update) =>
        string.Create(CultureInfo.InvariantCulture, $"/staff/operator/ita-catalogs/{update.FiscalYear}/{update.Variant}/update");

    public async Task<IActionResult> OnPostAsync()
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), Lang.T("กรุณาเลือกไฟล์รายการ ITA (.json, .csv หรือ .xlsx)", "Please choose an ITA catalog file (.json, .csv or .xlsx)."));
        }
        else if (Upload.Length > MaxUpload)
        {
            ModelState.AddModelError(nameof(Upload), Lang.T("ไฟล์ใหญ่เกินกำหนด (ไม่เกิน 5 MB)", "The file is too large (5 MB at most)."));
        }

        if (!ModelState.IsValid)
        {
            await OnGetAsync();
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var actor = await session.GetActorAsync(HttpContext.RequestAborted);
        await using var content = Upload!.OpenReadStream();
        var variant = string.IsNullOrWhiteSpace(Variant) ? Core.Ita.Catalog.CatalogVersion.DefaultVariant : Variant.Trim().ToLowerInvariant();
        var result = await import.RunAsync(new ImportCatalogRequest(actor, content, variant, DryRun: !Save), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            if (UseCaseErrors.StatusOf(result.Errors) == StatusCodes.Status403Forbidden)
            {
                return Forbid();
            }

            UseCaseErrors.AddToModelState(ModelState, result.Errors);
            await OnGetAsync();
            Response.StatusCode = FormState.RefusedStatus(result.Errors);
            return Page();
        }

        if (result.Value!.Unchanged)
        {
            var c = result.Value.Catalog;
            Message = Lang.T($"ไม่มีอะไรเปลี่ยน: ไฟล์นี้เหมือนฉบับที่ {c.Revision} ของปีงบประมาณ {c.FiscalYear} ({c.Variant}) ที่บันทึกไว้ล่าสุดทุกประการ จึงไม่ได้สร้างฉบับใหม่",
                $"Nothing changed: this file equals the newest stored revision {c.Revision} of fiscal year {c.FiscalYear} ({c.Variant}); no new revision was made.");
            return RedirectToPage();
        }

        if (result.Value!.Saved)
        {
            var c = result.Value.Catalog;
            Message = Lang.T($"นำเข้าแล้ว: ปีงบประมาณ {c.FiscalYear} ({c.Variant}) ฉบับที่ {c.Revision}",
                $"Imported: fiscal year {c.FiscalYear} ({c.Variant}), revision {c.Revision}.");
            return RedirectToPage();
        }

        Outcome = result.Value;
        await OnGetAsync();
        return Page();
    }
}
