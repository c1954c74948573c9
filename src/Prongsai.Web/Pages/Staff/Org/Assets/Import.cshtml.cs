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

    [BindProperty] public IFormFile? Upload { get; set; }

    /// <summary>Rows whose code is in the register already correct that article (off: they are skipped).</summary>
    [BindProperty] public bool UpdateExisting { get; set; }

    public AssetImportOutcome? Preview { get; private set; }

    /// <summary>Why the file was refused: each row's errors, then "nothing was saved".</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public bool IsKeeper { get; private set; }

    /// <summary>The preview is of the file kept earlier, shown again because the keeper came back to the page.</summary>
    public bool Resumed { get; private set; }

    /// <summary>The empty form, or for a keeper the preview of the file kept earlier and not yet imported.</summary>
    public async Task OnGetAsync()
    {
        IsKeeper = await keepers.IsKeeperAsync(Actor, HttpContext.RequestAborted);
        if (IsKeeper && Pending.Choices is { } kept)
        {
            await ResumeAsync(kept);
        }
    }

    /// <summary>The template: the column titles and one example row, as Excel (the default) or CSV.</summary>
    public IActionResult OnGetTemplate(string? format) => format == "csv"
        ? File(AssetRegisterTable.Csv([AssetRegisterTable.Example]), AssetRegisterFiles.CsvType, "asset-register-template.csv")
        : File(AssetRegisterFiles.Xlsx([], [AssetRegisterTable.Example]), AssetRegisterFiles.XlsxType, "asset-register-template.xlsx");

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        IsKeeper = true;
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), Lang.T("กรุณาเลือกไฟล์ทะเบียนครุภัณฑ์ (.xlsx หรือ .csv)", "Please choose a property register file (.xlsx or .csv)."));
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
            await Pending.KeepAsync(buffer, new Choices(UpdateExisting), HttpContext.RequestAborted);
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
        if (Pending.Choices is not { } kept)
        {
            return Refused([Error.Invalid(PendingImportTexts.Gone, "file")]);
        }

        UpdateExisting = kept.UpdateExisting;
        await using var stored = await Pending.OpenAsync(HttpContext.RequestAborted);
        if (stored is null)
        {
            return Refused([Error.Invalid(PendingImportTexts.Gone, "file")]);
        }

        var result = await import.RunAsync(new AssetImportRequest(Actor, stored, UpdateExisting), HttpContext.RequestAborted);
        await stored.DisposeAsync();
        if (!result.Succeeded)
        {
            return Refused(result.Errors);
        }

        await Pending.DiscardAsync(HttpContext.RequestAborted);
        var outcome = result.Value!;
        var (added, updated) = (Number(outcome.Count(AssetImportAction.Add)), Number(outcome.Count(AssetImportAction.Update)));
        Flash = Lang.T($"นำเข้าทะเบียนแล้ว เพิ่มใหม่ {added} รายการ ปรับปรุง {updated} รายการ",
            $"Register imported: {added} added, {updated} updated.");
        return Redirect(AssetLabels.RegisterPath(Org.Slug));
    }

    /// <summary>Cancel on the preview: the kept file is deleted, and the page is empty again. Only for keepers, as the confirmation.</summary>
    public async Task<IActionResult> OnPostDiscardAsync()
    {
        if (await keepers.CheckAsync(Actor, HttpContext.RequestAborted) is not null)
        {
            return Forbid();
        }

        await Pending.DiscardAsync(HttpContext.RequestAborted);
        Flash = PendingImportTexts.Discarded;
        return Redirect(AssetLabels.ImportPath(Org.Slug));
    }

    private PendingImport<Choices> Pending => PendingImport<Choices>("assets", files);

    /// <summary>
    /// The kept file read again, as its upload was: the register may have changed meanwhile, so the preview is made now. A
    /// file gone, no longer accepted or with nothing left to save is forgotten, and the page is empty.
    /// </summary>
    private async Task ResumeAsync(Choices kept)
    {
        Preview = await Pending.PreviewAgainAsync(async stored =>
        {
            var result = await import.RunAsync(new AssetImportRequest(Actor, stored, kept.UpdateExisting, DryRun: true), HttpContext.RequestAborted);
            return result is { Succeeded: true, Value.HasChanges: true } ? result.Value : null;
        }, HttpContext.RequestAborted);
        if (Preview is not null)
        {
            (UpdateExisting, Resumed) = (kept.UpdateExisting, true);
        }
    }

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

    /// <summary>What was chosen with the upload, kept with the file.</summary>
    private sealed record Choices(bool UpdateExisting);
}
