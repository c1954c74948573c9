using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Prongsai.Core.Storage;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// The file an import page previewed, kept in the file store until the confirmation (<see cref="PendingUploads"/>), and
/// what was chosen with it (<typeparamref name="TChoices"/>: the year, "replace"…). Both are named in one value of the
/// signed TempData cookie, never in the form, so the confirmation saves exactly the file that was previewed, with the
/// choices the preview showed, in the organization that previewed it; a clerk who comes back later sees that preview
/// again. A new preview replaces the file kept before, a confirmation or a cancel deletes it; one never confirmed is
/// swept after a day. The value names the member who previewed: on an office's shared computer the next one to sign in
/// does not find a colleague's preview waiting for their confirmation.
/// </summary>
/// <typeparam name="TChoices">A small record of plain values; a value that no longer reads as one counts as nothing kept.</typeparam>
public sealed class PendingImport<TChoices>(string import, int organizationId, string userId, IFileStore files, ITempDataDictionary tempData)
    where TChoices : class
{
    /// <summary>The kept file's key, or null when nothing (or something not kept here) is named.</summary>
    public string? Key => Read()?.Key;

    /// <summary>What was chosen with the kept file, or null when nothing valid is kept.</summary>
    public TChoices? Choices => Read()?.Choices;

    /// <summary>Keeps the previewed file with its choices, replacing the one kept before.</summary>
    public async Task KeepAsync(Stream content, TChoices choices, CancellationToken cancellationToken)
    {
        await DiscardAsync(cancellationToken);
        Write(await files.SaveAsync(PendingUploads.Folder(import, organizationId), "import.bin", content, cancellationToken), choices);
    }

    /// <summary>Keeps other choices with the same file (it was read again with them); nothing when no file is kept.</summary>
    public void Choose(TChoices choices)
    {
        if (Key is { } key)
        {
            Write(key, choices);
        }
    }

    /// <summary>The kept file, or null when none is named or it is gone (swept, or confirmed in another tab).</summary>
    public async Task<Stream?> OpenAsync(CancellationToken cancellationToken) =>
        Key is { } key ? await files.OpenReadAsync(key, cancellationToken) : null;

    /// <summary>
    /// The preview made again from the kept file, for a clerk who comes back to the page: <paramref name="preview"/> reads
    /// it with the kept <see cref="Choices"/> and answers null when it no longer previews. A file gone or no longer
    /// previewing is forgotten, so the page is the empty form.
    /// </summary>
    public async Task<TPreview?> PreviewAgainAsync<TPreview>(Func<Stream, Task<TPreview?>> preview, CancellationToken cancellationToken)
        where TPreview : class
    {
        ArgumentNullException.ThrowIfNull(preview);
        TPreview? again;
        await using (var stored = await OpenAsync(cancellationToken))
        {
            again = stored is null ? null : await preview(stored);
        }

        if (again is null)
        {
            await DiscardAsync(cancellationToken);
        }

        return again;
    }

    /// <summary>Deletes the kept file and forgets it and its choices; a value kept by someone else is only forgotten.</summary>
    public async Task DiscardAsync(CancellationToken cancellationToken)
    {
        if (Key is { } key)
        {
            await files.DeleteAsync(key, cancellationToken);
        }

        tempData.Remove(PendingImports.TempDataName(import));
    }

    private (string Key, TChoices Choices)? Read() =>
        PendingImports.Read(tempData, import, organizationId, userId) is { } kept && PendingImports.ChoicesOf<TChoices>(kept) is { } choices
            ? (kept.Key, choices)
            : null;

    private void Write(string key, TChoices choices) => tempData[PendingImports.TempDataName(import)] =
        JsonSerializer.Serialize(new KeptValue(key, userId, JsonSerializer.SerializeToElement(choices, PendingImports.Json)), PendingImports.Json);
}

/// <summary>
/// How a kept preview is written in TempData: one JSON value per import, the file's key, the member who previewed and the
/// choices. The import page (<see cref="PendingImport{TChoices}"/>) and the dashboard read it here alone.
/// </summary>
public static class PendingImports
{
    // Missing or null members fail to read rather than default to 0 or false, which could mean another year or choice.
    internal static readonly JsonSerializerOptions Json = new() { RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true };

    /// <summary>The TempData entry an import keeps its file's key and choices in.</summary>
    public static string TempDataName(string import) => "pending-import-" + import;

    /// <summary>
    /// The value this member kept for this import of this organization, read without taking it; null for nothing, a value
    /// of an older release (the bare key) or another shape, or one kept by someone else or elsewhere.
    /// </summary>
    public static KeptValue? Read(ITempDataDictionary tempData, string import, int organizationId, string? userId)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        if (tempData.Peek(TempDataName(import)) is not string text || string.IsNullOrEmpty(userId))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<KeptValue>(text, Json) is { } kept && kept.UserId == userId
                && PendingUploads.Holds(kept.Key, import, organizationId)
                ? kept
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The kept choices as the page's record, or null when they no longer read as one.</summary>
    internal static TChoices? ChoicesOf<TChoices>(KeptValue kept) where TChoices : class
    {
        try
        {
            return kept.Choices.Deserialize<TChoices>(Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>A kept preview as written: the file's key, the member who previewed, the choices made with it.</summary>
public sealed record KeptValue(string Key, string UserId, JsonElement Choices);

/// <summary>What an import page says about its kept file.</summary>
public static class PendingImportTexts
{
    /// <summary>Above a preview shown again from the kept file.</summary>
    public static string Resumed => Lang.T(
        "ไฟล์ที่ตรวจไว้ยังไม่ได้นำเข้า กดยืนยันเพื่อนำเข้า หรือยกเลิกเพื่ออัปโหลดไฟล์ใหม่",
        "The file you checked earlier is not imported yet: confirm to import it, or cancel to upload another file.");

    /// <summary>A confirmation with no kept file: swept after a day, imported or cancelled in another tab, never previewed.</summary>
    public static string Gone => Lang.T(
        "ไม่พบไฟล์ที่อัปโหลดไว้ (อาจหมดเวลาหรือนำเข้าไปแล้ว) กรุณาอัปโหลดใหม่",
        "The uploaded file is no longer here (it may have expired or been imported already): please upload it again.");

    /// <summary>After the cancel deleted the kept file.</summary>
    public static string Discarded => Lang.T("ยกเลิกไฟล์ที่ตรวจไว้แล้ว", "The checked file was discarded.");
}
