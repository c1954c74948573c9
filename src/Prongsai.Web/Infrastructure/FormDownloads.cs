using Microsoft.AspNetCore.Mvc;
using Prongsai.Documents.Forms;
using Prongsai.Documents.Pdf;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// A form to sign (<see cref="PrintedForm"/>) as the pages hand it out: Word for an office that edits before signing,
/// PDF to print and file. The PDF needs Chromium; without it the answer is a 503 that says to take the Word file
/// instead, never a 500.
/// </summary>
public static class FormDownloads
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static FileContentResult Docx(PrintedForm form, string fileStem) =>
        new(FormDocxWriter.Write(form), DocxType) { FileDownloadName = fileStem + ".docx" };

    public static async Task<IActionResult> PdfAsync(IPdfConverter converter, PrintedForm form, string fileStem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(converter);
        var rendered = await converter.HtmlToPdfAsync(FormHtmlWriter.Write(form), cancellationToken);
        if (rendered.Succeeded)
        {
            return new FileContentResult(rendered.Pdf!, "application/pdf") { FileDownloadName = fileStem + ".pdf" };
        }

        return new ObjectResult(new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "สร้างไฟล์ PDF ไม่ได้ในขณะนี้ ดาวน์โหลดไฟล์ Word แทน / The PDF cannot be made now: download the Word file",
            Detail = rendered.Message,
        }) { StatusCode = StatusCodes.Status503ServiceUnavailable };
    }
}
