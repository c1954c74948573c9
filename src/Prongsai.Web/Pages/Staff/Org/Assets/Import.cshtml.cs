using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Assets;
using Prongsai.Core.Common;
using Prongsai.Core.Storage;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Assets;

/// <summary>
/// Importing the register from the office's spreadsheet: upload → a preview of every row (added, corrected with what
/// changes, unchanged, skipped) and every warning → confirm, which saves the whole file or nothing. Nothing is saved
/// before the confirmation; the file waits in the file store, named in the signed TempData cookie with the choice to
/// update, never in the form, so the confirmation saves exactly what was previewed. Everyone in the back office may
/// read the page and download the template; only keepers of the register may send it.
/// </summary>
[RequirePermissionToChange(AssetsPermissions.ManageAssets)]
public sealed class ImportModel(ImportAssetRegister import, AssetKeepers keepers, IFileStore files) : StaffPageModel
{
    /// <summary>Errors listed on the page; the count says how many more there are.</summary>
    public const int ErrorsShown = 1_000;

    private const string PendingUpdate = "asset-import-update";

    [BindProperty] public IFormFile? Upload { get; set; }

    /// <summary>Rows whose code is in the register already correct that article (off: they are skipped).</summary>
    [BindProperty] public bool UpdateExisting { get; set; }

    public AssetImportOutcome? Preview { get; private set; }

    /// <summary>Why the file was refused: each row's errors, then "nothing was saved".</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public bool IsKeeper { get; private set; }

    public async Task OnGetAsync() => IsKeeper = await keepers.IsKeeperAsync(Actor, HttpContext.RequestAborted);

    /// <summary>The template: the column titles and one example row, as Excel (the default) or CSV.</summary>
    public IActionResult OnGetTemplate(string? format) => format == "csv"
        ? File(AssetRegisterTable.Csv([AssetRegisterTable.Example]), AssetRegisterFiles.CsvType, "asset-register-template.csv")
        : File(AssetRegisterFiles.Xlsx([], [AssetRegisterTable.Example]), AssetRegisterFiles.XlsxType, "asset-register-template.xlsx");

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        IsKeeper = true;
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "กรุณาเลือกไฟล์ทะเบียนครุภัณฑ์ (.xlsx หรือ .csv)");
        }
        else if (Upload.Length > ImportAssetRegister.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), UploadMessages.TableTooLarge(ImportAssetRegister.MaxBytes));
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        using var buffer = new MemoryStream();
        await using (var upload = Upload!.OpenReadStream())
        {
            await upload.CopyToAsync(buffer, HttpContext.RequestAborted);
        }

        await Pending.DiscardAsync(HttpContext.RequestAborted);
        buffer.Position = 0;
        var result = await import.RunAsync(new AssetImportRequest(Actor, buffer, UpdateExisting, DryRun: true), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return Refused(result.Errors);
        }

        Preview = result.Value!;
        if (Preview.HasChanges)
        {
            buffer.Position = 0;
            await Pending.KeepAsync(buffer, HttpContext.RequestAborted);
            TempData[PendingUpdate] = UpdateExisting ? "1" : "0";
        }

        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync()
    {
        if (await keepers.CheckAsync(Actor, HttpContext.RequestAborted) is not null)
        {
            return Forbid();
        }

        IsKeeper = true;
        // The file and the choice come from the signed TempData cookie, never from the form.
        if (Pending.Key is null || TempData.Peek(PendingUpdate) is not string update)
        {
            return Refused([Error.Invalid("ไม่พบไฟล์ที่อัปโหลดไว้ (อาจหมดเวลาแล้ว) กรุณาอัปโหลดใหม่", "file")]);
        }

        UpdateExisting = update == "1";
        await using var stored = await Pending.OpenAsync(HttpContext.RequestAborted);
        if (stored is null)
        {
            return Refused([Error.Invalid("ไม่พบไฟล์ที่อัปโหลดไว้ กรุณาอัปโหลดใหม่", "file")]);
        }

        var result = await import.RunAsync(new AssetImportRequest(Actor, stored, UpdateExisting), HttpContext.RequestAborted);
        await stored.DisposeAsync();
        if (!result.Succeeded)
        {
            return Refused(result.Errors);
        }

        await Pending.DiscardAsync(HttpContext.RequestAborted);
        TempData.Remove(PendingUpdate);
        var outcome = result.Value!;
        var (added, updated) = (Number(outcome.Count(AssetImportAction.Add)), Number(outcome.Count(AssetImportAction.Update)));
        Flash = Lang.T($"นำเข้าทะเบียนแล้ว เพิ่มใหม่ {added} รายการ ปรับปรุง {updated} รายการ",
            $"Register imported: {added} added, {updated} updated.");
        return Redirect(AssetLabels.RegisterPath(Org.Slug));
    }

    private PendingImport Pending => PendingImport("assets", files);

    /// <summary>403 for someone who does not keep the register; otherwise the errors on the page with 422 (409 for a clash).</summary>
    private IActionResult Refused(IReadOnlyList<Error> errors)
    {
        if (StatusFor(errors) is { } refusal)
        {
            return refusal;
        }

        Problems = errors.Select(e => e.Message).ToList();
        Preview = null;
        Response.StatusCode = FormState.RefusedStatus(errors);
        return Page();
    }

    private static string Number(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
