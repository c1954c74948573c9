using System.Globalization;
using Prongsai.Documents.Measures;
using Prongsai.Documents.Pdf;

namespace Prongsai.Tests.Documents;

/// <summary>
/// Runs the real Chromium (Debian package chromium) and poppler-utils. These tests fail — they never skip —
/// when the tools are missing: a server without them cannot produce the PDF either.
/// </summary>
public sealed class ChromiumPdfConverterTests : IDisposable
{
    private static readonly Prongsai.Core.Measures.Reports.MeasuresReport Report = MeasuresReportBuilder.BangkhaFiscal2567();
    private readonly string _dir = Directory.CreateTempSubdirectory("prongsai-pdf-test-").FullName;
    private readonly ChromiumPdfConverter _converter = new();

    public void Dispose()
    {
        _converter.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task HtmlToPdf_ReportHasEveryThaiTextInOrder_IsLandscape_AndPage1IsRendered()
    {
        var status = _converter.CheckStatus();
        Assert.True(status.Available, status.Message);

        var result = await _converter.HtmlToPdfAsync(ReportHtmlWriter.Write(Report), CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.True(result.Pdf.AsSpan().StartsWith("%PDF"u8));
        var pdfPath = Path.Combine(_dir, "report.pdf");
        await File.WriteAllBytesAsync(pdfPath, result.Pdf!);

        var info = ReportAssert.Run("pdfinfo", pdfPath);
        var size = info.Split('\n').Single(l => l.StartsWith("Page size:", StringComparison.Ordinal));
        var numbers = size["Page size:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var width = double.Parse(numbers[0], CultureInfo.InvariantCulture);
        var height = double.Parse(numbers[2], CultureInfo.InvariantCulture);
        Assert.True(width > height, "landscape: " + size);
        Assert.InRange(width, 840, 843); // A4 long side, 297 mm in points

        // pdftotext keeps Thai characters and their order (tone marks, vowels) but adds spaces and line breaks
        // (e.g. "ปี งบประมาณ", "ปั จจุบัน" after glyphs shifted left), so whitespace is removed before comparing.
        // -layout prints the table columns side by side, interleaving the lines of neighbouring cells; so each
        // column is extracted on its own by cropping (-x -W) to that column, and the text above the table whole.
        var whole = ReportAssert.WithoutWhitespace(ReportAssert.Run("pdftotext", "-layout", pdfPath, "-"));
        Assert.Contains(ReportAssert.WithoutWhitespace(Report.Title), whole, StringComparison.Ordinal);
        Assert.Contains(ReportAssert.WithoutWhitespace(Report.Introduction), whole, StringComparison.Ordinal);

        // A measure taller than the rest of a page continues on the next one under the repeated header row:
        // the column's heading is removed so that the two parts of a split item join again.
        var margin = 12 / 25.4 * 72;
        var left = margin;
        var columns = new List<string>();
        string[] headings = ["มาตรการ/แนวทาง", "ขั้นตอน/วิธีการดำเนินการ", "หน่วยงานผู้รับผิดชอบ", "ระยะเวลาดำเนินการ", "สรุปผลการดำเนินการ", "ผลลัพธ์/ความสำเร็จ"];
        foreach (var percent in ReportHtmlWriter.ColumnPercents)
        {
            var columnWidth = (width - (2 * margin)) * percent / 100;
            var heading = headings[columns.Count];
            columns.Add(ReportAssert.WithoutWhitespace(ReportAssert.Run(
                "pdftotext", "-layout",
                "-x", ((int)Math.Ceiling(left + 1)).ToString(CultureInfo.InvariantCulture),
                "-y", "0",
                "-W", ((int)Math.Floor(columnWidth - 2)).ToString(CultureInfo.InvariantCulture),
                "-H", ((int)height).ToString(CultureInfo.InvariantCulture),
                pdfPath, "-")).Replace(heading, "", StringComparison.Ordinal));
            left += columnWidth;
        }

        Assert.Contains("ประชาชนในพื้นที่ขององค์การบริหารส่วนตำบลบางคา", columns[5], StringComparison.Ordinal);
        foreach (var measure in Report.Measures)
        {
            AssertIn(columns[0], $"{measure.Number}. {measure.Title}");
            Assert.All(measure.Steps, step => AssertIn(columns[1], step));
            Assert.All(measure.Responsible, r => AssertIn(columns[2], r));
            AssertIn(columns[3], measure.Period.Text);
            Assert.All(measure.Results, result => AssertIn(columns[4], result));
            AssertIn(columns[5], measure.Outcome);
        }

        // Page 1 as a small PNG kept in docs/ to look at (and compare by eye when the layout changes).
        var prefix = Path.Combine(_dir, "page1");
        ReportAssert.Run("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdfPath, prefix);
        var png = new FileInfo(prefix + ".png");
        Assert.InRange(png.Length, 1_000, 300_000);
        var docs = Path.Combine(ReportAssert.RepositoryRoot(), "docs");
        Directory.CreateDirectory(docs);
        png.CopyTo(Path.Combine(docs, "measures-report-page1.png"), overwrite: true);
    }

    [Fact]
    public async Task HtmlToPdf_ConverterMissing_ReturnsClearFailure_NotException()
    {
        using var converter = new ChromiumPdfConverter(new ChromiumPdfOptions { ChromiumPath = "/nonexistent/chromium" });

        var status = converter.CheckStatus();
        var result = await converter.HtmlToPdfAsync("<p>x</p>", CancellationToken.None);

        Assert.False(status.Available);
        Assert.False(result.Succeeded);
        Assert.Equal(PdfFailure.ConverterMissing, result.Failure);
        Assert.Equal(
            "ไม่พบโปรแกรมแปลง PDF (chromium) — ติดตั้งด้วย apt-get install chromium / PDF converter not found: install the Debian package chromium",
            result.Message);
        Assert.Equal(result.Message, status.Message);
    }

    [Fact]
    public async Task HtmlToPdf_Timeout_KillsChromium_AndReturnsTimeoutFailure()
    {
        // A fake "chromium" that hangs: the converter must kill it and report a timeout.
        var fake = Path.Combine(_dir, "hanging-chromium");
        await File.WriteAllTextAsync(fake, "#!/bin/sh\nexec sleep 30\n");
        MakeExecutable(fake);
        using var converter = new ChromiumPdfConverter(new ChromiumPdfOptions { ChromiumPath = fake, Timeout = TimeSpan.FromMilliseconds(500) });

        var started = DateTime.UtcNow;
        var result = await converter.HtmlToPdfAsync("<p>x</p>", CancellationToken.None);

        Assert.Equal(PdfFailure.Timeout, result.Failure);
        Assert.Contains("timed out", result.Message, StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task HtmlToPdf_FailingConverter_ReturnsFailureWithItsMessage()
    {
        var fake = Path.Combine(_dir, "broken-chromium");
        await File.WriteAllTextAsync(fake, "#!/bin/sh\necho 'cannot open display' >&2\nexit 3\n");
        MakeExecutable(fake);
        using var converter = new ChromiumPdfConverter(new ChromiumPdfOptions { ChromiumPath = fake });

        var result = await converter.HtmlToPdfAsync("<p>x</p>", CancellationToken.None);

        Assert.Equal(PdfFailure.ConversionFailed, result.Failure);
        Assert.Contains("exit code 3", result.Message, StringComparison.Ordinal);
        Assert.Contains("cannot open display", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HtmlToPdf_RunsAtMostTwoConversionsAtATime()
    {
        // A fake "chromium" that records how many copies of it are running.
        var running = Directory.CreateDirectory(Path.Combine(_dir, "running")).FullName;
        var log = Path.Combine(_dir, "counts.log");
        var fake = Path.Combine(_dir, "counting-chromium");
        await File.WriteAllTextAsync(fake, $"#!/bin/sh\nmkdir {running}/$$\nls {running} | wc -l >> {log}\nsleep 0.4\nrmdir {running}/$$\nexit 1\n");
        MakeExecutable(fake);
        using var converter = new ChromiumPdfConverter(new ChromiumPdfOptions { ChromiumPath = fake });

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => converter.HtmlToPdfAsync("<p>x</p>", CancellationToken.None)));

        Assert.All(results, r => Assert.Equal(PdfFailure.ConversionFailed, r.Failure));
        var counts = (await File.ReadAllLinesAsync(log)).Select(l => int.Parse(l.Trim(), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(6, counts.Count);
        Assert.InRange(counts.Max(), 1, 2);
    }

    private static void AssertIn(string columnText, string expected) =>
        Assert.Contains(ReportAssert.WithoutWhitespace(expected), columnText, StringComparison.Ordinal);

    private static void MakeExecutable(string path)
    {
        Assert.False(OperatingSystem.IsWindows(), "these tests run on Linux servers");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
