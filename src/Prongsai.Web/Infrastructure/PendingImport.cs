using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Prongsai.Core.Storage;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// The file an import page previewed, kept in the file store until the confirmation (<see cref="PendingUploads"/>) and
/// named in the signed TempData cookie, never in the form, so the confirmation saves exactly the file that was
/// previewed, in the organization that previewed it. A new preview replaces the file kept before and a confirmation
/// deletes it; one never confirmed is swept after a day.
/// </summary>
public sealed class PendingImport(string import, int organizationId, IFileStore files, ITempDataDictionary tempData)
{
    private string Name => "pending-import-" + import;

    /// <summary>The kept file's key, or null when nothing (or something not kept here) is named.</summary>
    public string? Key => tempData.Peek(Name) is string key && PendingUploads.Holds(key, import, organizationId) ? key : null;

    /// <summary>Keeps the previewed file, replacing the one kept before.</summary>
    public async Task KeepAsync(Stream content, CancellationToken cancellationToken)
    {
        await DiscardAsync(cancellationToken);
        tempData[Name] = await files.SaveAsync(PendingUploads.Folder(import, organizationId), "import.bin", content, cancellationToken);
    }

    /// <summary>The kept file, or null when none is named or it is gone (swept, or confirmed in another tab).</summary>
    public async Task<Stream?> OpenAsync(CancellationToken cancellationToken) =>
        Key is { } key ? await files.OpenReadAsync(key, cancellationToken) : null;

    /// <summary>Deletes the kept file and forgets it.</summary>
    public async Task DiscardAsync(CancellationToken cancellationToken)
    {
        if (Key is { } key)
        {
            await files.DeleteAsync(key, cancellationToken);
        }

        tempData.Remove(Name);
    }
}
