using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Core.Storage;

namespace Prongsai.Web.Pages.Staff.Org.Documents;

/// <summary>
/// A document as the public will see it — the public page's own markup (<c>_DocumentArticle</c>) — marked as a
/// draft while it is not public, so a clerk reads what they are about to publish. Its attachments download from
/// here (the public address serves published documents only). Department roles see their own departments'
/// documents; roles without a department (the Auditor) read all of them, as on the edit page.
/// </summary>
public sealed class PreviewModel(ProngsaiDbContext db, IFileStore store) : StaffPageModel
{
    [FromRoute]
    public int Id { get; set; }

    public Document Document { get; private set; } = null!;
    public string? Department { get; private set; }
    public bool MayPublish { get; private set; }

    public string EditUrl => $"/staff/{Org.Slug}/documents/edit/{Id.ToString(CultureInfo.InvariantCulture)}";
    public string PreviewUrl => $"/staff/{Org.Slug}/documents/{Id.ToString(CultureInfo.InvariantCulture)}/preview";
    public string PublishUrl => $"/staff/{Org.Slug}/documents/{Id.ToString(CultureInfo.InvariantCulture)}/publish";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        Department = Document.DepartmentId is { } dep
            ? await db.Departments.AsNoTracking().Where(d => d.Id == dep).Select(d => d.Name).FirstOrDefaultAsync(HttpContext.RequestAborted)
            : null;
        return Page();
    }

    /// <summary>An attachment of the previewed document, sent as the public download sends it (no download counted).</summary>
    public async Task<IActionResult> OnGetFileAsync(int attachmentId)
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        var attachment = Document.Attachments.FirstOrDefault(a => a.Id == attachmentId);
        var stream = attachment is null ? null : await store.OpenReadAsync(attachment.FileKey, HttpContext.RequestAborted);
        if (stream is null)
        {
            return NotFound();
        }

        var inline = attachment!.Kind is "pdf" or "png" or "jpeg" or "gif" or "webp";
        var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        disposition.SetHttpFileName(attachment.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        Response.Headers["X-Content-SHA256"] = attachment.Sha256;
        return File(stream, attachment.ContentType);
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var document = await db.Documents.AsNoTracking().Include(d => d.Attachments).Include(d => d.Category)
            .FirstOrDefaultAsync(d => d.Id == Id, HttpContext.RequestAborted);
        if (document is null)
        {
            return NotFound();
        }

        MayPublish = Actor.HasFor(PublishingPermissions.PublishDocuments, document.DepartmentId);
        var readsEverything = !Actor.Roles.Any(r => r is OrgRole.DepartmentHead or OrgRole.DepartmentStaff);
        if (!MayPublish && !readsEverything)
        {
            return Forbid();
        }

        Document = document;
        return null;
    }
}
