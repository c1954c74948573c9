using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Prongsai.Core.Storage;
using Prongsai.Documents.Extraction;

namespace Prongsai.Documents.Pdf;

/// <summary>
/// Cleans a PDF with qpdf (Debian's <c>qpdf</c>): <c>qpdf --empty --pages in.pdf -- out.pdf</c> builds a new PDF from
/// the pages alone, so the document information (author, creator, producer), the XMP metadata, outlines, forms,
/// embedded files and scripts of the original are left behind, while every page is copied as it is. A rewrite of the
/// whole file also drops earlier revisions an incremental save kept. Run as an outside tool on a file nobody checked,
/// within the text extraction's time and memory budget.
/// </summary>
public sealed class QpdfMetadataCleaner(IOptions<TextExtractionLimits> limits, ILogger<QpdfMetadataCleaner> logger) : IPdfMetadataCleaner
{
    private static readonly Lazy<bool> HasQpdf = new(() => ExternalTool.Answers("qpdf", "--version"));

    public async Task<(PdfCleaning Outcome, byte[] Pdf)> CleanAsync(byte[] pdf, CancellationToken cancellationToken)
    {
        if (!HasQpdf.Value)
        {
            logger.LogWarning("qpdf is not installed: a PDF sent with a request keeps its author's metadata");
            return (PdfCleaning.Unavailable, pdf);
        }

        var folder = Directory.CreateTempSubdirectory("prongsai-pdf-");
        try
        {
            var input = Path.Combine(folder.FullName, "in.pdf");
            var output = Path.Combine(folder.FullName, "out.pdf");
            await File.WriteAllBytesAsync(input, pdf, cancellationToken);
            var budget = new ToolBudget(limits.Value.ToolTimeout, 100_000, limits.Value.MaxToolMemoryBytes);
            var result = await ExternalTool.RunAsync("qpdf", ["--no-warn", "--empty", "--pages", input, "--", output], budget, cancellationToken);

            // Exit 3: done, with warnings about a damaged file it repaired.
            return result.ExitCode is 0 or 3 && File.Exists(output)
                ? (PdfCleaning.Cleaned, await File.ReadAllBytesAsync(output, cancellationToken))
                : (PdfCleaning.Unreadable, pdf);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (PdfCleaning.Unreadable, pdf);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
