using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Prongsai.Core.Publishing;
using Prongsai.Core.Storage.Archives;
using Prongsai.Documents.Extraction;

namespace Prongsai.Tests.Security;

/// <summary>
/// The outside tools that read uploaded files (pdftotext, pdfinfo, pdftoppm, tesseract) run within a memory budget, and
/// no scanned page is drawn larger than the pixel budget: a PDF of a few hundred bytes declaring a 200 × 200-inch page
/// made pdftoppm hold 3 GB for 50 seconds. Real tools, real processes (test.sh installs poppler-utils and tesseract-ocr-tha).
/// </summary>
public sealed class ExternalToolBudgetTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("prongsai-tool-budget-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>awk doubling a string 26 times: about 200 MB at its peak.</summary>
    private static readonly string[] HungryAwk = ["BEGIN { s = \"x\"; for (i = 0; i < 26; i++) s = s s; print length(s) }"];

    [Fact]
    public async Task A_tool_that_asks_for_more_memory_than_its_budget_stops_with_an_error()
    {
        var small = new ToolBudget(TimeSpan.FromSeconds(30), 1000, 32L * 1024 * 1024);
        var clock = Stopwatch.StartNew();
        var refused = await ExternalTool.RunAsync("awk", HungryAwk, small, CancellationToken.None);

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Equal("", refused.Output);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "stopped at the budget, not at the timeout: " + clock.Elapsed);

        var enough = await ExternalTool.RunAsync("awk", HungryAwk, small with { MaxMemoryBytes = 1024L * 1024 * 1024 }, CancellationToken.None);
        Assert.Equal(0, enough.ExitCode);
        Assert.Equal((1 << 26).ToString(CultureInfo.InvariantCulture), enough.Output.Trim());
    }

    [Fact]
    public async Task A_tool_runs_behind_the_page_requests_at_a_lower_priority_and_on_one_thread()
    {
        var budget = new ToolBudget(TimeSpan.FromSeconds(30), 1000, 64L * 1024 * 1024);
        var answer = await ExternalTool.RunAsync("sh", ["-c", "nice; echo \"$OMP_THREAD_LIMIT\""], budget, CancellationToken.None);

        Assert.Equal(0, answer.ExitCode);
        Assert.Equal(["10", "1"], answer.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData(595.276, 841.89, 200)] // A4
    [InlineData(841.89, 1190.55, 200)] // A3: 3,307 × 2,339 pixels, within 8 million
    [InlineData(1190.55, 1683.78, 143)] // A2
    [InlineData(14400, 14400, 14)] // the largest page a PDF may declare
    public void A_page_larger_than_A3_is_drawn_at_the_resolution_that_fits_the_pixel_budget(double width, double height, int dpi)
    {
        Assert.Equal(dpi, PdfPageImages.ResolutionFor(width, height, 8_000_000));
        Assert.True(width / 72 * dpi * (height / 72 * dpi) <= 8_000_000);
    }

    [Fact]
    public async Task A_pdf_of_an_A4_page_and_a_giant_page_is_drawn_at_200_dpi_and_within_the_pixel_budget()
    {
        var pdf = Path.Combine(_dir, "giant.pdf");
        await File.WriteAllBytesAsync(pdf, EmptyPdf((595.276, 841.89), (14400, 14400), (595.276, 841.89)));
        var budget = new ToolBudget(TimeSpan.FromSeconds(60), 100_000, 1024L * 1024 * 1024);
        var clock = Stopwatch.StartNew();

        var pages = await PdfPageImages.RenderAsync(pdf, _dir, 50, 8_000_000, budget, CancellationToken.None);

        Assert.NotNull(pages);
        Assert.Equal(["page-1.png", "page-2.png", "page-3.png"], pages.Select(Path.GetFileName));
        Assert.Equal((1654, 2339), PngSize(pages[0]));
        Assert.Equal((2800, 2800), PngSize(pages[1]));
        Assert.Equal((1654, 2339), PngSize(pages[2]));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "the giant page drawn small: " + clock.Elapsed);
    }

    [Fact]
    public async Task The_extractor_reads_a_scan_of_giant_pages_within_its_budgets_and_finds_no_text()
    {
        var extractor = new AttachmentTextExtractor(Options.Create(new ArchiveLimits()), Options.Create(new TextExtractionLimits()));
        Assert.True(AttachmentTextExtractor.ThaiOcrInstalled(), "test.sh installs tesseract-ocr-tha");
        var clock = Stopwatch.StartNew();

        await using var giant = new MemoryStream(EmptyPdf((14400, 14400), (14400, 14400)));
        var text = await extractor.ExtractAsync(giant, "pdf", CancellationToken.None);

        Assert.Equal(TextState.NotSearchable, text.State);
        Assert.Equal("OCR ไม่พบข้อความ / OCR found no text", text.Note);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "two pages drawn small and read: " + clock.Elapsed);
    }

    /// <summary>A PDF of empty pages of these sizes in points: no text layer, so it is read as a scan.</summary>
    private static byte[] EmptyPdf(params (double Width, double Height)[] pages)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', pages.Select((_, i) => $"{i + 3} 0 R"))}] /Count {pages.Length} >>",
        };
        objects.AddRange(pages.Select(p => string.Create(CultureInfo.InvariantCulture, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {p.Width} {p.Height}] >>")));

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>Width and height from a PNG's IHDR chunk.</summary>
    private static (int Width, int Height) PngSize(string path)
    {
        var header = File.ReadAllBytes(path).AsSpan(16, 8);
        return (BinaryPrimitives.ReadInt32BigEndian(header), BinaryPrimitives.ReadInt32BigEndian(header[4..]));
    }
}
