using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Documents.CorruptionRisks;
using Prongsai.Documents.Pdf;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Risks;

/// <summary>The printed assessment (<see cref="RiskAssessmentForm"/>) as the staff list and the website hand it out (<see cref="FormDownloads"/>).</summary>
public static class RiskPrint
{
    public static FileContentResult Docx(string organizationName, RiskYear year, string fileStem) =>
        FormDownloads.Docx(RiskAssessmentForm.For(organizationName, year), fileStem);

    public static Task<IActionResult> PdfAsync(
        IPdfConverter converter, string organizationName, RiskYear year, string fileStem, CancellationToken cancellationToken) =>
        FormDownloads.PdfAsync(converter, RiskAssessmentForm.For(organizationName, year), fileStem, cancellationToken);
}
