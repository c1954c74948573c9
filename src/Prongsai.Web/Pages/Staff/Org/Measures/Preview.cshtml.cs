using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Measures.Reports;

namespace Prongsai.Web.Pages.Staff.Org.Measures;

/// <summary>
/// The draft report as the public will see it once published — the same table as the public page, marked as a
/// draft — so an Executive reads what they approve (and staff see what their progress will look like). The draft also
/// downloads as the PDF and Word files publishing will freeze: page breaks and the printed layout are seen before the
/// publication, which cannot be undone.
/// </summary>
public sealed class PreviewModel(BuildMeasuresReport builder, IReportDocuments documents) : StaffPageModel
{
    [FromRoute]
    public int FiscalYear { get; set; }

    public MeasuresReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var draft = await builder.DraftAsync(FiscalYear, HttpContext.RequestAborted);
        if (draft is null)
        {
            return NotFound();
        }

        Report = draft;
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync()
    {
        if (await builder.DraftAsync(FiscalYear, HttpContext.RequestAborted) is not { } draft)
        {
            return NotFound();
        }

        var rendered = await documents.RenderPdfAsync(draft, HttpContext.RequestAborted);
        if (!rendered.Succeeded)
        {
            ModelState.AddModelError(string.Empty, rendered.Problem ?? "");
            Report = draft;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }

        return File(rendered.Pdf!, ReportFormats.ContentType(ReportFormats.Pdf), FileName(ReportFormats.Pdf));
    }

    public async Task<IActionResult> OnGetDocxAsync()
    {
        if (await builder.DraftAsync(FiscalYear, HttpContext.RequestAborted) is not { } draft)
        {
            return NotFound();
        }

        using var docx = new MemoryStream();
        documents.WriteDocx(draft, docx);
        return File(docx.ToArray(), ReportFormats.ContentType(ReportFormats.Docx), FileName(ReportFormats.Docx));
    }

    private string FileName(string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"draft-measures-report-{Org.Slug}-{FiscalYear}.{extension}");
}
