using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Publishing;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Documents;

/// <summary>
/// Deleting a document asks first: GET names the document and what will happen (public site, search, ledger, 30 days
/// in the trash) and changes nothing; POST moves it to the trash.
/// </summary>
[RequirePermission(PublishingPermissions.PublishDocuments)]
public sealed class DeleteModel(DeleteDocument delete, ProngsaiDbContext db) : StaffPageModel
{
    [FromRoute]
    public int Id { get; set; }

    public Document Document { get; private set; } = null!;
    public int VersionCount { get; private set; }
    public string EditUrl => $"/staff/{Org.Slug}/documents/edit/{Id.ToString(CultureInfo.InvariantCulture)}";

    public async Task<IActionResult> OnGetAsync()
    {
        var found = await delete.FindAsync(Actor, Id, HttpContext.RequestAborted);
        if (!found.Succeeded)
        {
            return StatusFor(found.Errors) ?? BadRequest();
        }

        Document = found.Value!;
        VersionCount = await db.DocumentVersions.CountAsync(v => v.DocumentId == Id, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await delete.RunAsync(Actor, Id, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return StatusFor(result.Errors) ?? BadRequest();
        }

        Flash = Lang.T($"ย้ายเอกสาร \"{result.Value!.Title}\" ไปที่ถังขยะแล้ว (กู้คืนได้ภายใน 30 วัน)",
            $"Moved \"{result.Value!.Title}\" to the trash (it can be restored within 30 days).");
        return Redirect($"/staff/{Org.Slug}/documents");
    }
}
