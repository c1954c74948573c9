using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Ledger;
using Prongsai.Core.Publishing;
using Prongsai.Web.Portal;
using Prongsai.Web.Tenancy;
using Prongsai.Web.Portal.PageCache;

namespace Prongsai.Web.Pages.Public;

/// <summary>A published document at its stable address /{org}/documents/{id}.</summary>
[PublicPage]
public sealed class DocumentModel(PortalData portal, ProngsaiDbContext db) : PageModel
{
    public string Slug { get; private set; } = "";
    public Document Document { get; private set; } = null!;
    public string? Department { get; private set; }
    public LedgerEntry? LatestEntry { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var organization = HttpContext.Organization();
        if (organization is null)
        {
            return NotFound();
        }

        var document = await portal.Published().Include(d => d.Category).FirstOrDefaultAsync(d => d.Id == id);
        if (document is null)
        {
            return NotFound();
        }

        // The list of files without the text read out of them: it can be the length of a book, and only search uses it.
        document.Attachments = await db.Attachments.AsNoTracking().Where(a => a.DocumentId == id)
            .Select(a => new Attachment
            {
                Id = a.Id, OrganizationId = a.OrganizationId, DocumentId = a.DocumentId, FileKey = a.FileKey, FileName = a.FileName,
                ContentType = a.ContentType, Kind = a.Kind, SizeBytes = a.SizeBytes, Sha256 = a.Sha256, DownloadCount = a.DownloadCount,
                SortOrder = a.SortOrder, UploadedAt = a.UploadedAt, TextState = a.TextState,
            })
            .ToListAsync();

        Slug = organization.Slug;
        Document = document;
        Department = document.DepartmentId is { } dep ? await db.Departments.AsNoTracking().Where(d => d.Id == dep).Select(d => d.Name).FirstOrDefaultAsync() : null;
        var itemId = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        LatestEntry = await db.LedgerEntries.AsNoTracking()
            .Where(e => e.ItemType == LedgerItemTypes.Document && e.ItemId == itemId)
            .OrderByDescending(e => e.Sequence).FirstOrDefaultAsync();
        return Page();
    }
}
