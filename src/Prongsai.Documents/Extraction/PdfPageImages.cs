using System.Globalization;
using System.Text.RegularExpressions;

namespace Prongsai.Documents.Extraction;

/// <summary>
/// The pages of a scanned PDF as grey PNG images for OCR, at 200 dpi (Tesseract reads Thai print well at that
/// resolution) unless a page would pass the pixel budget: such a page is drawn at the lower resolution that fits.
/// A PDF may declare a page of 200 × 200 inches; at 200 dpi that is 1.6 billion pixels, gigabytes of memory and of PNG
/// on disk for one page of a few hundred bytes. The sizes come from <c>pdfinfo</c> first, so no page is drawn larger.
/// </summary>
internal static partial class PdfPageImages
{
    public const int Dpi = 200;

    /// <summary>The first <paramref name="maxPages"/> pages as PNG files in <paramref name="folder"/>, in page order; null when a tool failed.</summary>
    public static async Task<IReadOnlyList<string>?> RenderAsync(
        string pdf, string folder, int maxPages, long maxPixels, ToolBudget budget, CancellationToken cancellationToken)
    {
        var last = maxPages.ToString(CultureInfo.InvariantCulture);
        var info = await ExternalTool.RunAsync("pdfinfo", ["-f", "1", "-l", last, pdf], budget with { MaxChars = 1_000_000 }, cancellationToken);
        if (info.ExitCode != 0)
        {
            return null;
        }

        foreach (var run in Runs(PageSizes(info.Output), maxPixels))
        {
            var drawn = await ExternalTool.RunAsync("pdftoppm",
                ["-r", Text(run.Dpi), "-f", Text(run.First), "-l", Text(run.Last), "-gray", "-png", pdf, Path.Combine(folder, "page")],
                budget with { MaxChars = 100_000 }, cancellationToken);
            if (drawn.ExitCode != 0)
            {
                return null;
            }
        }

        // pdftoppm pads page numbers to the width of the document's page count, so the names sort in page order.
        return Directory.GetFiles(folder, "page*.png").Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The resolution at which a page of this size (in points) stays within the pixel budget: 200 dpi or less.</summary>
    public static int ResolutionFor(double widthPoints, double heightPoints, long maxPixels)
    {
        var pixels = widthPoints / 72 * Dpi * (heightPoints / 72 * Dpi);
        return pixels <= maxPixels ? Dpi : Math.Max(1, (int)Math.Floor(Dpi * Math.Sqrt(maxPixels / pixels)));
    }

    /// <summary>Neighbouring pages drawn at the same resolution, so an ordinary document takes one run of pdftoppm.</summary>
    private static List<(int First, int Last, int Dpi)> Runs(IEnumerable<(int Page, double Width, double Height)> pages, long maxPixels)
    {
        var runs = new List<(int First, int Last, int Dpi)>();
        foreach (var (page, width, height) in pages)
        {
            var dpi = ResolutionFor(width, height, maxPixels);
            if (runs.Count > 0 && runs[^1].Dpi == dpi && runs[^1].Last == page - 1)
            {
                runs[^1] = runs[^1] with { Last = page };
            }
            else
            {
                runs.Add((page, page, dpi));
            }
        }

        return runs;
    }

    /// <summary>"Page    1 size: 595.276 x 841.89 pts (A4)" lines of pdfinfo's answer for a range of pages.</summary>
    private static IEnumerable<(int Page, double Width, double Height)> PageSizes(string pdfinfo) =>
        PageSizeLine().Matches(pdfinfo).Select(m => (
            int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
            Points(m.Groups[2].Value),
            Points(m.Groups[3].Value)));

    private static double Points(string number) => double.Parse(number.Replace(',', '.'), CultureInfo.InvariantCulture);

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Page\s+(\d+) size:\s+([\d.,]+) x ([\d.,]+) pts", RegexOptions.Multiline)]
    private static partial Regex PageSizeLine();
}
