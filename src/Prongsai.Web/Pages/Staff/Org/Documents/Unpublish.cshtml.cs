using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Publishing;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Documents;

/// <summary>
/// Unpublishing (or cancelling a scheduled publication) asks first: GET names the document and what leaves the public
/// site; POST does it.
/// </summary>
[RequirePermission(PublishingPermissions.PublishDocuments)]
public sealed class UnpublishModel(DocumentPublicationPreview preview, PublishDocument publish) : StaffPageModel
{
    [FromRoute]
    public int Id { get; set; }

    public Document Document { get; private set; } = null!;
    public string EditUrl => $"/staff/{Org.Slug}/documents/edit/{Id.ToString(CultureInfo.InvariantCulture)}";

    public async Task<IActionResult> OnGetAsync()
    {
        var found = await preview.RunAsync(Actor, Id, HttpContext.RequestAborted);
        if (!found.Succeeded)
        {
            return StatusFor(found.Errors) ?? BadRequest();
        }

        Document = found.Value!.Document;
        if (Document.Status is not (DocumentStatus.Published or DocumentStatus.Scheduled))
        {
            Flash = Lang.T("เอกสารนี้ไม่ได้เผยแพร่อยู่", "This document is not published.");
            return Redirect(EditUrl);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await publish.UnpublishAsync(Id, Actor, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            if (StatusFor(result.Errors) is { } refusal)
            {
                return refusal;
            }

            Flash = result.Errors[0].Message;
            return Redirect(EditUrl);
        }

        Flash = Lang.T("ยกเลิกการเผยแพร่แล้ว", "Unpublished.");
        return Redirect(EditUrl);
    }
}
