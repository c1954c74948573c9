using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Core.Requests;
using Prongsai.Documents;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Portal;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Public.Requests;

/// <summary>What the public request forms post. Inputs are written by hand in the views (no asp-for), so a tampered value re-renders safely.</summary>
public sealed class RequestForm
{
    public string? Kind { get; set; }
    public string? Subject { get; set; }
    public string? Details { get; set; }
    public bool Anonymous { get; set; }
    public string? Name { get; set; }
    public string? Contact { get; set; }
    public bool AcceptsPrivacyNotice { get; set; }
    public bool ConsentToPublish { get; set; }

    /// <summary>The honeypot: hidden from people, filled by robots.</summary>
    public string? Website { get; set; }
}

/// <summary>
/// Base of the public pages with a request form (Q&amp;A, complaints): files the request through the use case, and on
/// success shows the receipt with the tracking code and its QR code — in the answer to the post itself, never in an
/// address, and only this once (the page is not stored by the browser or a cache).
/// </summary>
public abstract class PublicRequestPage(PortalData portal) : PageModel
{
    public Organization Organization { get; private set; } = null!;

    [BindProperty]
    public RequestForm Form { get; set; } = new();

    public PublicFormErrors Errors { get; } = new();
    public FiledRequest? Receipt { get; private set; }
    public string? ReceiptQrSvg { get; private set; }
    public string? ReceiptUrl { get; private set; }

    protected async Task<bool> LoadOrganizationAsync()
    {
        var organization = await portal.OrganizationOfAsync(HttpContext);
        if (organization is null)
        {
            return false;
        }

        Organization = organization;
        return true;
    }

    protected async Task<IActionResult> FileAsync(RequestKind kind, List<IFormFile>? files)
    {
        if (!await LoadOrganizationAsync())
        {
            return NotFound();
        }

        if (Errors.CatchesRobot(Form.Website, Response, Lang.T("ไม่สามารถส่งเรื่องได้ กรุณาลองใหม่อีกครั้ง", "The request could not be sent. Please try again.")))
        {
            await LoadPageAsync();
            return Page();
        }

        var uploads = (files ?? []).Where(f => f.Length > 0).Select(f => new UploadedFile(f.FileName, f.OpenReadStream())).ToList();
        var input = new FileRequestInput(kind, Form.Subject, Form.Details, Form.Anonymous, Form.Name, Form.Contact,
            Form.AcceptsPrivacyNotice, Form.ConsentToPublish);
        var result = await HttpContext.RequestServices.GetRequiredService<FileRequest>().RunAsync(input, uploads, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            Errors.AddAll(result.Errors);
            Errors.ShowBesideFields(ModelState, nameof(Form));
            if (Errors.Of("Files") is { } filesError)
            {
                // The files post as "files", outside the form's prefix: their message goes under that name.
                ModelState.AddModelError("files", filesError);
            }

            Response.StatusCode = FormState.RefusedStatus(result.Errors);
            await LoadPageAsync();
            return Page();
        }

        Receipt = result.Value;
        ReceiptUrl = $"{PortalData.BaseUrl(Request)}/{Organization.Slug}/track/{Receipt!.TrackingCode}";
        ReceiptQrSvg = QrCodes.Svg(ReceiptUrl, Lang.T("คิวอาร์โค้ดสำหรับเปิดหน้าติดตามเรื่อง", "QR code of the status page"));
        Response.Headers.CacheControl = "no-store";
        Form = new RequestForm();
        await LoadPageAsync();
        return Page();
    }

    /// <summary>Loads what the page shows besides the form (published pairs, rules, statistics).</summary>
    protected abstract Task LoadPageAsync();

    public string? ErrorOf(string field) => Errors.Of(field);
}
