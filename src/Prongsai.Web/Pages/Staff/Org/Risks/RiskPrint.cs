using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Documents.CorruptionRisks;
using Prongsai.Documents.Forms;
using Prongsai.Documents.Pdf;

namespace Prongsai.Web.Pages.Staff.Org.Risks;

/// <summary>
/// The printed assessment (<see cref="RiskAssessmentForm"/>) as the staff list and the website hand it out: Word for an office
/// that edits before signing, PDF to print and file. The PDF needs Chromium; without it the answer is a 503 that says
/// to take the Word file instead, never a 500.
/// </summary>
public static class RiskPrint
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static FileContentResult Docx(string organizationName, RiskYear year, string fileStem) =>
        new(FormDocxWriter.Write(RiskAssessmentForm.For(organizationName, year)), DocxType) { FileDownloadName = fileStem + ".docx" };

    public static async Task<IActionResult> PdfAsync(
        IPdfConverter converter, string organizationName, RiskYear year, string fileStem, CancellationToken cancellationToken)
    {
        var rendered = await converter.HtmlToPdfAsync(FormHtmlWriter.Write(RiskAssessmentForm.For(organizationName, year)), cancellationToken);
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
