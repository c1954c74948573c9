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
    // Missing or null members fail to read rather than default to 0 or false, which could mean another year or choice.
    private static readonly JsonSerializerOptions Json = new() { RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true };

    private string Name => KeptImports.TempDataName(import);

    /// <summary>The kept file's key, or null when nothing (or something not kept here) is named.</summary>
    public string? Key => Read()?.Key;

    /// <summary>What was chosen with the kept file, or null when nothing valid is kept.</summary>
    public TChoices? Choices => Read()?.Choices;

    /// <summary>Keeps the previewed file with its choices, replacing the one kept before.</summary>
    public async Task KeepAsync(Stream content, TChoices choices, CancellationToken cancellationToken)
    {
        await DiscardAsync(cancellationToken);
        Write(new Kept(await files.SaveAsync(PendingUploads.Folder(import, organizationId), "import.bin", content, cancellationToken), userId, choices));
    }

    /// <summary>Keeps other choices with the same file (it was read again with them); nothing when no file is kept.</summary>
    public void Choose(TChoices choices)
    {
        if (Key is { } key)
        {
            Write(new Kept(key, userId, choices));
        }
    }

    /// <summary>The kept file, or null when none is named or it is gone (swept, or confirmed in another tab).</summary>
    public async Task<Stream?> OpenAsync(CancellationToken cancellationToken) =>
        Key is { } key ? await files.OpenReadAsync(key, cancellationToken) : null;

    /// <summary>Deletes the kept file and forgets it and its choices; a value kept by someone else is only forgotten.</summary>
    public async Task DiscardAsync(CancellationToken cancellationToken)
    {
        if (Key is { } key)
        {
            await files.DeleteAsync(key, cancellationToken);
        }

        tempData.Remove(Name);
    }

    private Kept? Read()
    {
        if (tempData.Peek(Name) is not string text)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Kept>(text, Json) is { } kept && PendingUploads.Holds(kept.Key, import, organizationId)
                && userId.Length > 0 && kept.UserId == userId
                ? kept
                : null;
        }
        catch (JsonException)
        {
            // A value of an older release (the bare key) or another shape: nothing is kept.
            return null;
        }
    }

    private void Write(Kept kept) => tempData[Name] = JsonSerializer.Serialize(kept, Json);

    private sealed record Kept(string Key, string UserId, TChoices Choices);
}

/// <summary>What an import page says about its kept file.</summary>
public static class PendingImportTexts
{
    /// <summary>Above a preview shown again from the kept file.</summary>
    public static string Resumed => Lang.T(
        "ไฟล์ที่ตรวจไว้ยังไม่ได้นำเข้า กดยืนยันเพื่อนำเข้า หรือยกเลิกเพื่ออัปโหลดไฟล์ใหม่",
        "The file you checked earlier is not imported yet: confirm to import it, or cancel to upload another file.");

    /// <summary>After the cancel deleted the kept file.</summary>
    public static string Discarded => Lang.T("ยกเลิกไฟล์ที่ตรวจไว้แล้ว", "The checked file was discarded.");
}
