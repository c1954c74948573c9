using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Measures.Publishing;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Measures;

/// <summary>
/// Approving and publishing asks first: GET shows the version to be published and what changed since the
/// published one (measures added, removed, changed) and changes nothing; POST publishes.
/// </summary>
public sealed class PublishModel(PublicationPreview preview, PublishMeasuresReport publish) : StaffPageModel
{
    [FromRoute]
    public int FiscalYear { get; set; }

    public PublicationChanges Changes { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var changes = await preview.RunAsync(Actor, FiscalYear, HttpContext.RequestAborted);
        if (!changes.Succeeded)
        {
            return StatusFor(changes.Errors) ?? BadRequest();
        }

        Changes = changes.Value!;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await publish.ApproveAndPublishAsync(Actor, FiscalYear, cancellationToken: HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            if (StatusFor(result.Errors) is { } refusal)
            {
                return refusal;
            }

            AddErrors(result.Errors);
            return await OnGetAsync();
        }

        Flash = result.Value!.PdfProblem is not { } pdfProblem
            ? Lang.T($"อนุมัติและเผยแพร่ฉบับที่ {result.Value.Version} แล้ว", $"Approved and published version {result.Value.Version}.")
            : Lang.T($"อนุมัติและเผยแพร่ฉบับที่ {result.Value.Version} แล้ว (ไม่มีไฟล์ PDF: {pdfProblem})",
                $"Approved and published version {result.Value.Version} (without a PDF file: {pdfProblem}).");
        return Redirect($"/staff/{Org.Slug}/measures/{FiscalYear}");
    }
}
